using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// A pull request can carry symbolic links, and git checks them out as links. One that leads outside the site (to
/// the runner's home folder, or <c>/proc/self/environ</c>) must be an error at the link's path with nothing read
/// through it; one that stays inside may be followed; a loop is reported, never walked for ever.
/// </summary>
public class SymbolicLinkTests : IDisposable
{
    private const string Secret = "RUNNER_TOKEN=ghs_not_for_the_site";

    private readonly string _outside = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "outside-" + Guid.NewGuid().ToString("N"));
    private readonly SiteFixture _site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);

    public SymbolicLinkTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(_outside, "page.md"), "---\ntitle: " + Secret + "\n---\n" + Secret + "\n");
    }

    public static TheoryData<string, bool> OutsideLinks => new()
    {
        { "content/articles/notes", true },
        { "content/articles/notes.md", false },
        { "content/articles/photo.png", false },
        { "static/files", true },
        { "templates/assets/extra", true },
        { "templates/partials", true },
        { "data/comments/first", true },
    };

    [Theory]
    [MemberData(nameof(OutsideLinks))]
    public void A_link_to_outside_the_site_is_an_error_at_the_link_and_nothing_is_read_through_it(string link, bool toFolder)
    {
        // Given a site built once, then a link added that leads outside the site folder
        var output = BuildOnce();
        var before = SiteFixture.Snapshot(output);
        MakeLink(link, toFolder ? _outside : Path.Combine(_outside, link.EndsWith(".md") ? "page.md" : "secret.txt"), toFolder);

        // When it is built and checked
        var build = Cli("build");
        var check = Cli("check");

        // Then both fail with RG0117 at the link's own path, the secret is nowhere, and _site is as it was
        Assert.Equal(1, build.Exit);
        Assert.Contains($"{link}:1:1: error RG0117: the symbolic link {link} -> ", build.Err);
        Assert.Contains("points outside the site folder", build.Err);
        Assert.Equal(1, check.Exit);
        Assert.Contains($"{link}:1:1: error RG0117", check.Out);
        Assert.DoesNotContain(Secret, build.Out + build.Err + check.Out + check.Err);
        Assert.DoesNotContain(_site.Build().Files, f => Encoding.UTF8.GetString(f.Bytes).Contains(Secret, StringComparison.Ordinal));
        Assert.Equal(before, SiteFixture.Snapshot(output));
    }

    [Fact]
    public void Site_yml_as_a_link_to_outside_is_refused()
    {
        File.Move(Path.Combine(_site.Root, "site.yml"), Path.Combine(_outside, "site.yml"));
        File.CreateSymbolicLink(Path.Combine(_site.Root, "site.yml"), Path.Combine(_outside, "site.yml"));

        var build = Cli("build");

        Assert.NotEqual(0, build.Exit);
        Assert.Contains("site.yml:1:1: error RG0117: the symbolic link site.yml -> ", build.Err);
    }

    [Fact]
    public void A_link_that_stays_inside_the_site_is_followed()
    {
        // Given an image kept in shared/ beside content/, linked into the article's folder, and a folder of images linked into static/
        _site.WriteBytes("shared/diagram.png", [0x89, 0x50, 0x4E, 0x47]);
        MakeLink("content/articles/diagram.png", "../../shared/diagram.png", toFolder: false);
        MakeLink("static/shared", "../shared", toFolder: true);

        // When the site is built
        var result = _site.Build();

        // Then it succeeds, and the linked files are in the output under the links' names
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "articles/first/diagram.png" || f.Path == "articles/diagram.png");
        Assert.Contains(result.Files, f => f.Path == "shared/diagram.png");
    }

    [Fact]
    public void A_link_into_the_git_folder_is_refused()
    {
        _site.Write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic " + Secret + "\n");
        MakeLink("static/config.txt", "../.git/config", toFolder: false);

        var build = Cli("build");

        Assert.Equal(1, build.Exit);
        Assert.Contains("static/config.txt:1:1: error RG0117", build.Err);
        Assert.Contains("points into the site's .git folder", build.Err);
        Assert.DoesNotContain(Secret, build.Err + build.Out);
    }

    [Theory]
    [InlineData("content/articles/loop", "..")]
    [InlineData("static/loop", ".")]
    [InlineData("content/articles/self", "self")]
    [InlineData("content/articles/gone.md", "nothing-here.md")]
    public async Task A_loop_or_a_dangling_link_is_reported_and_never_followed(string link, string target)
    {
        // Given a link back to a folder that holds it, to itself, or to nothing
        MakeLink(link, target, toFolder: true);

        // When the site is built (a hang fails the test instead of blocking the suite)
        var build = await CliRunner.RunWithin(TimeSpan.FromSeconds(60), "build", "--source", _site.Root, "--format", "text");

        // Then it stops with RG0117 at the link
        Assert.Equal(1, build.Exit);
        Assert.Contains($"{link}:1:1: error RG0117", build.Err);
    }

    [Fact]
    public void A_link_committed_inside_the_output_folder_is_removed_not_written_through()
    {
        // Given a built site whose _site/articles was replaced by a link to a folder outside, as a pull request could commit it
        var output = BuildOnce();
        Directory.Delete(Path.Combine(output, "articles"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(output, "articles"), _outside);

        // When the site is built again
        var build = Cli("build");

        // Then the build writes a real folder in its place, and the folder outside keeps exactly its two files
        Assert.True(build.Exit == 0, build.Err);
        Assert.Null(new DirectoryInfo(Path.Combine(output, "articles")).LinkTarget);
        Assert.True(File.Exists(Path.Combine(output, "articles", "first", "index.html")));
        Assert.Equal(["page.md", "secret.txt"], Directory.GetFiles(_outside).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Secret, File.ReadAllText(Path.Combine(_outside, "secret.txt")));
    }

    [Fact]
    public void An_output_folder_that_is_a_link_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "_site"), _outside);

        var build = Cli("build");

        Assert.Equal(2, build.Exit);
        Assert.Contains("error RG0004", build.Err);
        Assert.Contains("is a symbolic link", build.Err);
        Assert.Equal(2, Directory.GetFiles(_outside).Length);
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string BuildOnce()
    {
        var first = Cli("build");
        Assert.True(first.Exit == 0, first.Err);
        return Path.Combine(_site.Root, BuildOptions.DefaultOutputFolder);
    }

    private void MakeLink(string link, string target, bool toFolder)
    {
        var path = Path.Combine(_site.Root, link);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (toFolder) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
    }

    private (int Exit, string Out, string Err) Cli(string command) => CliRunner.Run(command, "--source", _site.Root, "--format", "text");
}
