using System.Text;
using ResourceGen.Generation;
using ResourceGen.Output;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// A bug inside the generator becomes one RG9999 line and a non-zero exit code, and the previous <c>_site</c> is
/// left exactly as it was. The CLI cannot inject a generator, so these tests call <see cref="SiteBuilder.Run"/>;
/// <c>build</c> returns <see cref="BuildResult.ExitCode"/> as its exit code, which is 3 for RG9999.
/// </summary>
public class CrashTests
{
    /// <summary>Throws as soon as it is asked for its files.</summary>
    private sealed class ThrowingGenerator(string message) : IOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(BuildContext context) => throw new InvalidOperationException(message);
    }

    /// <summary>Yields a file that would land outside the output folder, which the writer must refuse.</summary>
    private sealed class EscapingGenerator : IOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(BuildContext context) => [new OutputFile("../escaped.html", "<p>no</p>"u8.ToArray())];
    }

    [Theory]
    [InlineData("boom")]
    [InlineData("boom\nwith a second line")]
    public void A_crash_in_a_generator_is_one_RG9999_line_and_leaves_the_site_untouched(string message)
    {
        // Given a site that was built once
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        var (output, before) = BuildOnce(site);

        // When a generator throws during the next build
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { ExtraGenerators = [new ThrowingGenerator(message)] });

        // Then there is exactly one RG9999 error, printed on one line that names the cause
        var crash = Assert.Single(result.Diagnostics);
        Assert.Equal("RG9999", crash.Code);
        var printed = crash.ToString();
        Assert.False(printed.Contains('\n') || printed.Contains('\r'), $"not one line:\n{printed}");
        Assert.Contains("boom", printed);
        Assert.Contains("InvalidOperationException", printed);

        // And the exit code says ResourceGen failed, and nothing was written
        Assert.False(result.Succeeded);
        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.Files);
        Assert.Equal(before, SiteFixture.Snapshot(output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_file_outside_the_output_folder_is_refused_and_nothing_is_written()
    {
        // Given a site that was built once
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        var (output, before) = BuildOnce(site);

        // When a generator returns a file whose path climbs out of the output folder
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { ExtraGenerators = [new EscapingGenerator()] });

        // Then the write fails as a crash, the staging folder is gone and _site is unchanged
        var crash = Assert.Single(result.Diagnostics);
        Assert.Equal("RG9999", crash.Code);
        Assert.Contains("outside the output folder", crash.Message);
        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Root, "escaped.html")));
        Assert.Equal(before, SiteFixture.Snapshot(output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Theory]
    [InlineData("a form feed in the body", "---\ntitle: First\ndate: 2026-01-01\n---\nPage one\fpage two.\n")]
    [InlineData("a control character in an author", "---\ntitle: First\ndate: 2026-01-01\nauthors: [Maya\u0018 Okafor]\n---\nText.\n")]
    public void A_control_character_in_a_page_is_not_a_crash(string what, string text)
    {
        // Given a site whose article contains a C0 control character (pasted from a word processor)
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        site.WriteBytes("content/articles/first.md", Encoding.UTF8.GetBytes(text));

        // When the site is built
        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        // Then the page is built or reported as a content error, but ResourceGen does not fail
        Assert.True(result.ExitCode is 0 or 1, $"{what}: exit code {result.ExitCode}\n{string.Join('\n', result.Diagnostics)}");
    }

    private static (string Output, SortedDictionary<string, byte[]> Before) BuildOnce(SiteFixture site)
    {
        var first = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var output = Path.Combine(site.Root, BuildOptions.DefaultOutputFolder);
        return (output, SiteFixture.Snapshot(output));
    }
}
