using System.Text.RegularExpressions;
using ResourceGen.Tests.Support;
using Xunit.Abstractions;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// What a pull request can do to the file tree rather than to a file's text: symbolic links inside and outside the
/// site, file names that differ only in case, and file names with characters that mean something to URLs, shells or
/// other systems. For each: the build finishes within a time limit without crashing, every failure is a diagnostic
/// at a file, a failed build leaves the old <c>_site</c> untouched, and no output path leaves <c>_site</c>.
/// </summary>
public partial class FileSystemFuzzTests(ITestOutputHelper log)
{
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(60);

    private const string Page = "---\ntitle: Odd\ndate: 2026-01-05\n---\nText.\n";

    /// <summary>Each case's change to a valid site, by name.</summary>
    private static readonly Dictionary<string, Action<SiteFixture, string>> Cases = new()
    {
        ["a case-only twin of a page"] = (site, _) => site.Write("content/articles/First.md", Page),
        ["a case-only twin of a folder"] = (site, _) => site.Write("content/Articles/first.md", Page),
        ["a case-only twin of an image"] = (site, _) => site.WriteBytes("content/articles/IMG.png", [1, 2, 3]),
        ["a name with spaces"] = (site, _) => site.Write("content/articles/my first page.md", Page),
        ["a name with accents"] = (site, _) => site.Write("content/articles/pâte à modeler.md", Page),
        ["a name in Arabic script"] = (site, _) => site.Write("content/articles/اللعب.md", Page),
        ["a name with an emoji"] = (site, _) => site.Write("content/articles/play-😀.md", Page),
        ["a name with URL characters"] = (site, _) => site.Write("content/articles/a#b?c%20d&e=f.md", Page),
        ["a name with quotes and angle brackets"] = (site, _) => site.Write("content/articles/\"><script>alert(1)<\\script>'.md", Page),
        ["a name with a backslash"] = (site, _) => site.Write("content/articles/a\\..\\..\\b.md", Page),
        ["a name with a newline"] = (site, _) => site.Write("content/articles/line\nbreak.md", Page),
        ["a name starting with a dash"] = (site, _) => site.Write("content/articles/--help.md", Page),
        ["a name of dots"] = (site, _) => site.Write("content/articles/....md", Page),
        ["a hidden file"] = (site, _) => site.Write("content/articles/.hidden.md", Page),
        ["a name of 240 characters"] = (site, _) => site.Write("content/articles/" + new string('a', 237) + ".md", Page),
        ["a reserved Windows name"] = (site, _) => site.Write("content/articles/CON.md", Page),
        ["a static file named like an output page"] = (site, _) => site.Write("static/articles/first/index.html", "<p>mine</p>"),
        ["a static file with URL characters"] = (site, _) => site.Write("static/a b#c.txt", "x"),
        ["a template named with a path"] = (site, _) => site.Write("templates/partials/..evil.html", "x"),
        ["a link to a page inside"] = (site, _) => Link(site, "content/articles/again.md", "first.md"),
        ["a link to a folder inside"] = (site, _) => Link(site, "content/extra", "articles"),
        ["a link to a file outside"] = (site, outside) => Link(site, "content/articles/out.md", Path.Combine(outside, "page.md")),
        ["a link to a folder outside"] = (site, outside) => Link(site, "static/out", outside),
        ["a link to /proc/self/environ"] = (site, _) => Link(site, "static/environ.txt", "/proc/self/environ"),
        ["a link to the site's parent"] = (site, _) => Link(site, "templates/up", ".."),
        ["a link to the site itself"] = (site, _) => Link(site, "content/articles/site", "../.."),
        ["a chain of links"] = (site, _) => { Link(site, "content/a1", "a2"); Link(site, "content/a2", "a3"); Link(site, "content/a3", "a1"); },
        ["a dangling link"] = (site, _) => Link(site, "data/comments/first/gone.yml", "nowhere.yml"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_changed_file_tree_never_crashes_or_hangs_and_every_failure_says_where(string name)
    {
        // Given a valid site built once, and a folder outside it holding a page
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        var outside = Path.Combine(site.Root + "-outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "page.md"), Page.Replace("Odd", "OUTSIDE_ONLY"));
        try
        {
            Assert.Equal(0, Cli(site).Exit);
            var output = Path.Combine(site.Root, BuildOptions.DefaultOutputFolder);
            var before = SiteFixture.Snapshot(output);

            // When the case changes the tree and the site is built again
            Cases[name](site, outside);
            var (exit, _, stderr) = await CliRunner.RunWithin(PerCase, "build", "--source", site.Root, "--format", "text");

            log.WriteLine($"exit {exit}: {stderr.Split('\n').FirstOrDefault(l => l.Contains(" error RG", StringComparison.Ordinal)) ?? "no error"}");

            // Then it did not crash, a failure is located and changed nothing, and nothing from outside was written
            Assert.True(exit is 0 or 1, $"exit {exit}:\n{stderr}");
            Assert.DoesNotContain("RG9999", stderr);
            if (exit != 0)
            {
                Assert.True(stderr.Split('\n').Any(l => LocatedError().IsMatch(l)), $"no error names a file:\n{stderr}");
                Assert.Equal(before, SiteFixture.Snapshot(output));
            }
            var written = SiteFixture.Snapshot(output);
            Assert.DoesNotContain(written, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("OUTSIDE_ONLY", StringComparison.Ordinal));
            Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static void Link(SiteFixture site, string link, string target)
    {
        var path = Path.Combine(site.Root, link);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    private static (int Exit, string Out, string Err) Cli(SiteFixture site) => CliRunner.Run("build", "--source", site.Root, "--format", "text");

    [GeneratedRegex(@"^[^\s:][^:]*(:\d+:\d+)?: error RG\d{4}: ", RegexOptions.Multiline)]
    private static partial Regex LocatedError();
}
