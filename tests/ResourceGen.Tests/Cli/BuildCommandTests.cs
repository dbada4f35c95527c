using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Cli;

public class BuildCommandTests
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
        audience: parents
        ---
        Read [the checklist](../checklists/list.md).
        -- content/checklists/list.md --
        ---
        title: List
        ---
        - [ ] One
        -- content/activities/draft.md --
        ---
        title: Unfinished
        draft: true
        ---
        Soon.

        """;

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Build_writes_the_whole_site_into_the_output_folder()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);

        var (exit, stdout, stderr) = Run("build", "--source", site.Root);

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"Built 2 pages \(\d+ files\) in \d+\.\d\d s", stdout);
        var files = SiteFixture.Snapshot(Path.Combine(site.Root, "_site")).Keys;
        Assert.Equal(
        [
            "404.html", "activities/index.html", "articles/first/index.html", "articles/index.html",
            "audience/parents/index.html", "checklists/index.html", "checklists/list/index.html", "feed.xml", "index.html",
            "robots.txt", "search-docs.json", "search-index.json",
            "sitemap.xml", "tags/index.html", "tags/play/index.html",
        ], files);
        Assert.Contains("href=\"/checklists/list/\"", site.Read("_site/articles/first/index.html"));
    }

    [Fact]
    public void Drafts_are_built_only_with_the_drafts_flag()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        var output = Path.Combine(site.Root, "out");

        Assert.Equal(0, Run("build", "--source", site.Root, "--output", output, "--drafts").Exit);

        Assert.True(File.Exists(Path.Combine(output, "activities", "draft", "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Root, "_site", "activities", "draft", "index.html")));
    }

    [Fact]
    public void A_sub_path_base_url_prefixes_every_site_link()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);

        Assert.Equal(0, Run("build", "--source", site.Root, "--base-url", "https://user.github.io/library/").Exit);

        Assert.Contains("href=\"/library/checklists/list/\"", site.Read("_site/articles/first/index.html"));
        Assert.Contains("href=\"/library/tags/play/\"", site.Read("_site/articles/first/index.html"));
        Assert.Contains("<loc>https://user.github.io/library/articles/first/</loc>", site.Read("_site/sitemap.xml"));
        Assert.Contains("https://user.github.io/library/feed.xml", site.Read("_site/feed.xml"));
    }

    [Fact]
    public void Content_errors_exit_1_list_every_error_and_keep_the_previous_output()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        Assert.Equal(0, Run("build", "--source", site.Root).Exit);
        var before = SiteFixture.Snapshot(Path.Combine(site.Root, "_site"));
        site.Write("content/articles/first.md", "---\ntitle: First\ndate: soon\naudience: parent\n---\nText\n");
        site.Write("content/checklists/list.md", "no front matter\n");

        var (exit, _, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("content/articles/first.md:3:7: error RG0102: 'date' must be a date written YYYY-MM-DD, e.g. 2026-03-14, got 'soon'", lines[0]);
        Assert.StartsWith("content/articles/first.md:4:11: error RG0103: 'audience' value 'parent' is not one of parents, educators, therapists (did you mean 'parents'?)", lines[1]);
        Assert.StartsWith("content/checklists/list.md:1:1: error RG0101:", lines[2]);
        Assert.Equal("3 errors, 0 warnings in 3 files", lines[3]);
        Assert.Equal(before, SiteFixture.Snapshot(Path.Combine(site.Root, "_site")));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site*"));
    }

    [Fact]
    public void A_missing_site_yml_exits_2_and_says_what_was_expected()
    {
        using var site = SiteFixture.Create("-- content/articles/a.md --\n---\ntitle: A\n---\n");

        var (exit, _, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(2, exit);
        Assert.Contains("error RG0001: no site.yml", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void A_template_error_exits_2_with_the_template_position()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + "-- templates/tag.html --\n{{ if }}\n");

        var (exit, _, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(2, exit);
        Assert.Contains("templates/tag.html:1:", stderr);
    }

    [Theory]
    [InlineData("build", "--unknown")]
    [InlineData("publish")]
    [InlineData]
    public void A_wrong_command_line_exits_2(params string[] args)
    {
        var (exit, _, stderr) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("resourcegen --help", stderr);
    }

    [Fact]
    public void The_output_folder_may_not_swallow_the_site()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);

        var (exit, _, stderr) = Run("build", "--source", site.Root, "--output", site.Root);
        var (contentExit, _, _) = Run("build", "--source", site.Root, "--output", Path.Combine(site.Root, "content", "out"));

        Assert.Equal((2, 2), (exit, contentExit));
        Assert.Contains("RG0004", stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "site.yml")));
    }

    [Fact]
    public void Building_twice_gives_byte_identical_trees()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        var first = Path.Combine(site.Root, "one");
        var second = Path.Combine(site.Root, "two");

        Run("build", "--source", site.Root, "--output", first);
        Run("build", "--source", site.Root, "--output", second);

        Assert.Equal(SiteFixture.Snapshot(first), SiteFixture.Snapshot(second));
    }

    [Fact]
    public void A_rebuild_writes_only_changed_files_and_removes_the_ones_no_longer_built()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        var output = Path.Combine(site.Root, "_site");
        Run("build", "--source", site.Root);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, past);
        File.WriteAllText(Path.Combine(output, "left-over.html"), "from an older build");

        Assert.Equal(0, Run("build", "--source", site.Root).Exit);
        var rewritten = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) != past).ToList();
        Assert.Empty(rewritten);
        Assert.False(File.Exists(Path.Combine(output, "left-over.html")));

        site.Write("content/articles/first.md", site.Read("content/articles/first.md").Replace("Read [", "Now read [", StringComparison.Ordinal));
        Assert.Equal(0, Run("build", "--source", site.Root).Exit);
        Assert.Contains(Path.Combine(output, "articles", "first", "index.html"),
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) != past));
        Assert.Contains("Now read", File.ReadAllText(Path.Combine(output, "articles", "first", "index.html")));
        Assert.Equal(SiteFixture.Snapshot(output), FreshBuild(site));
    }

    private static SortedDictionary<string, byte[]> FreshBuild(SiteFixture site)
    {
        var fresh = Path.Combine(site.Root, "fresh");
        Run("build", "--source", site.Root, "--output", fresh);
        return SiteFixture.Snapshot(fresh);
    }
}
