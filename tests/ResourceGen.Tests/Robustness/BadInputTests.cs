using System.Text;
using System.Text.RegularExpressions;
using ResourceGen.Diagnostics;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// Every bad input is reported at its file, line and column, by both <c>build</c> and <c>check</c>, and a failed
/// build leaves the previous <c>_site</c> exactly as it was. The cases are in <see cref="BadInputCases"/>.
/// </summary>
public partial class BadInputTests
{
    [Theory]
    [MemberData(nameof(BadInputCases.Names), MemberType = typeof(BadInputCases))]
    public void A_bad_input_is_reported_at_its_first_error_and_nothing_is_written(string name)
    {
        // Given a valid site that was built once
        var bad = BadInputCases.ByName[name];
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        var first = Run("build", site.Root);
        Assert.True(first.Exit == 0, $"the valid site did not build:\n{first.Err}");
        var output = Path.Combine(site.Root, BuildOptions.DefaultOutputFolder);
        var before = SiteFixture.Snapshot(output);

        // When one file is replaced by the bad input, then the site is built and checked
        bad.ApplyTo(site);
        var build = Run("build", site.Root);
        var check = Run("check", site.Root);

        // Then build fails with the expected first error and leaves _site untouched
        Assert.True(build.Exit == bad.ExitCode, $"build exited {build.Exit}, expected {bad.ExitCode}:\n{build.Err}");
        var buildError = FirstError(build.Err);
        Assert.True(buildError.StartsWith(bad.ExpectedPrefix, StringComparison.Ordinal),
            $"expected the first error to start with\n  {bad.ExpectedPrefix}\nbut build printed:\n{build.Err}");
        if (bad.MessagePart is not null) Assert.Contains(bad.MessagePart, buildError);
        Assert.Equal(before, SiteFixture.Snapshot(output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));

        // And check reports the same error on stdout with the same exit code
        Assert.True(check.Exit == bad.ExitCode, $"check exited {check.Exit}, expected {bad.ExitCode}:\n{check.Out}{check.Err}");
        Assert.Equal(buildError, FirstError(check.Out));
    }

    /// <summary>Codes no bad input file can give, each with where it is tested instead.</summary>
    private static readonly Dictionary<string, string> NotFromABadFile = new()
    {
        [DiagnosticCodes.UsageError.Code] = "a command-line problem (Cli tests)",
        [DiagnosticCodes.WouldOverwrite.Code] = "new and init refusing to overwrite (Authoring tests)",
        [DiagnosticCodes.GitHistoryUnavailable.Code] = "a warning about the git history (GitDatesTests)",
        [DiagnosticCodes.UnknownKey.Code] = "a warning, which builds (FrontMatterValidatorTests)",
        [DiagnosticCodes.UnsafeLink.Code] = "a warning, which builds (RawHtmlTests)",
        [DiagnosticCodes.RawHtmlSanitized.Code] = "a warning, which builds (RawHtmlTests)",
        [DiagnosticCodes.CommentSettings.Code] = "comment settings (CommentSettingsReaderTests)",
        [DiagnosticCodes.CommentFile.Code] = "comment files (CommentFileReaderTests)",
        [DiagnosticCodes.CommentReplyTarget.Code] = "comment threads (CommentThreadBuilderTests)",
        [DiagnosticCodes.CommentThreadWithoutPage.Code] = "comment threads (CommentPagesTests)",
        [DiagnosticCodes.CommentThreadShared.Code] = "comment threads (CommentPagesTests)",
        [DiagnosticCodes.InternalError.Code] = "a crash (CrashTests)",
        [DiagnosticCodes.TranslationOutdated.Code] = "a warning about a translation's age, which builds (TranslationTests, MultilingualGoldenTests)",
        [DiagnosticCodes.ThemeStringMissing.Code] = "a warning about a theme's translation, which builds (ThemeStringsTests)",
        [DiagnosticCodes.LinkNotFollowed.Code] = "a symbolic link, not a file's bytes (SymbolicLinkTests, FileSystemFuzzTests)",
    };

    [Fact]
    public void There_are_at_least_45_bad_inputs_and_every_error_code_reachable_from_input_is_covered()
    {
        var covered = BadInputCases.ByName.Values.Select(c => c.Code).ToHashSet();
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.True(BadInputCases.ByName.Count >= 45, $"only {BadInputCases.ByName.Count} cases");
        Assert.Empty(NotFromABadFile.Keys.Except(codes));
        Assert.Empty(codes.Except(NotFromABadFile.Keys).Except(covered));
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_endings_are_accepted()
    {
        // Given a valid site whose article is saved with a BOM and Windows line endings
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        var text = site.Read("content/articles/first.md").Replace("\n", "\r\n");
        site.WriteBytes("content/articles/first.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        // When the site is built
        var (exit, _, stderr) = Run("build", site.Root);

        // Then the build succeeds without a warning and the title is read without the BOM or a CR
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stderr);
        Assert.Contains("<h1>First</h1>", site.Read("_site/articles/first/index.html"));
        Assert.Contains("href=\"/activities/game/#how-to-play\"", site.Read("_site/articles/first/index.html"));
    }

    /// <summary>Runs a CLI command on the site with text diagnostics (whatever GITHUB_ACTIONS says).</summary>
    private static (int Exit, string Out, string Err) Run(string command, string root) => CliRunner.Run(command, "--source", root, "--format", "text");

    /// <summary>The first printed line that is an error, or "" when there is none.</summary>
    private static string FirstError(string printed) =>
        printed.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => ErrorLine().IsMatch(l)) ?? "";

    [GeneratedRegex(@"^(\S.*?: )?error RG\d{4}: ")]
    private static partial Regex ErrorLine();
}
