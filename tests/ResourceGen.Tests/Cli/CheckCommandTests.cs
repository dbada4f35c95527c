using ResourceGen.Cli;
using ResourceGen.Diagnostics;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Cli;

public class CheckCommandTests
{
    private const string Site = """
        -- site.yml --
        title: Lib
        base_url: https://example.org/
        -- content/articles/first.md --
        ---
        title: First
        date: 2026-01-01
        tags: [play]
        ---
        See the [steps](../activities/game.md#steps) and [topics](/tags/play/).
        -- content/activities/game.md --
        ---
        title: Game
        ---
        ## Steps

        1. Play.

        """;

    private static (int Exit, string Out) Run(params string[] args)
    {
        var (exit, stdout, _) = CliRunner.Run(args);
        return (exit, stdout);
    }

    [Fact]
    public void A_clean_site_exits_0_and_writes_nothing()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);

        var (exit, stdout) = Run("check", "--source", site.Root, "--format", "text");

        Assert.Equal(0, exit);
        Assert.Equal("0 errors, 0 warnings in 2 files", stdout.Trim());
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        site.Write("content/activities/game.md", "---\ntitle: Game\ncolour: red\n---\n## Steps\n");

        var (exit, stdout) = Run("check", "--source", site.Root, "--format", "text");
        var (strictExit, _) = Run("check", "--source", site.Root, "--strict");

        Assert.Equal((0, 1), (exit, strictExit));
        Assert.StartsWith("content/activities/game.md:3:1: warning RG0112: unknown key 'colour'", stdout);
        Assert.EndsWith("0 errors, 1 warning in 2 files", stdout.Trim());
    }

    [Fact]
    public void Broken_anchors_and_site_paths_are_found_after_rendering()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        site.Write("content/articles/first.md", "---\ntitle: First\ndate: 2026-01-01\n---\nSee [steps](../activities/game.md#step) and [topics](/tags/nope/).\n");

        var (exit, stdout) = Run("check", "--source", site.Root, "--format", "text");

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("content/articles/first.md:5:5: error RG0303: links to '../activities/game.md#step', but content/activities/game.md has no heading with the anchor '#step' (did you mean '#steps'?)", lines[0]);
        Assert.StartsWith("content/articles/first.md:5:45: error RG0304: links to '/tags/nope/'", lines[1]);
    }

    [Fact]
    public void The_github_format_annotates_the_file_line_and_column()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        site.Write("content/articles/first.md", "---\ntitle: First\ndate: 2026-01-01\naudience: parent\n---\nText.\n");

        var (exit, stdout) = Run("check", "--source", site.Root, "--format", "github");

        Assert.Equal(1, exit);
        Assert.StartsWith(
            "::error file=content/articles/first.md,line=4,col=11,title=RG0103::'audience' value 'parent' is not one of parents, educators, therapists (did you mean 'parents'?)",
            stdout);
    }

    [Fact]
    public void GitHub_annotations_escape_their_special_characters()
    {
        var diagnostic = new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownKey, "content/a,b:c.md", 2, 3, "100% sure\nnext");

        Assert.Equal("::warning file=content/a%2Cb%3Ac.md,line=2,col=3,title=RG0112::100%25 sure%0Anext", DiagnosticPrinter.GithubCommand(diagnostic));
    }

    [Fact]
    public void Site_yml_errors_exit_2()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        site.Write("site.yml", "title: Lib\nschema:\n  required:\n    articel: [summary]\n");

        var (exit, stdout) = Run("check", "--source", site.Root, "--format", "text");

        Assert.Equal(2, exit);
        Assert.StartsWith("site.yml:4:5: error RG0003: 'schema.required.articel' is not a content type; use one of article, activity, checklist (did you mean 'article'?)", stdout);
    }
}
