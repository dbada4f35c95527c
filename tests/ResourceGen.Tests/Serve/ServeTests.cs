using ResourceGen.Cli.Serve;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Serve;

// Issue 7: `resourcegen serve`, live preview with incremental rebuilds.
public sealed class ServeTests
{
    private const string Article = "content/articles/why-practice-at-home.md";
    private const string ArticleUrl = "/articles/why-practice-at-home/";

    [Fact]
    public async Task The_served_page_changes_after_its_file_is_saved()
    {
        await using var serve = await ServeFixture.StartAsync();
        Assert.Contains("Why practise at home?", await serve.GetAsync(ArticleUrl));

        Save(serve, Article, text => text.Replace("title: \"Why practise at home?", "title: \"Practising at home?", StringComparison.Ordinal));
        await serve.NextReloadAsync();

        var page = await serve.GetAsync(ArticleUrl);
        Assert.Contains("Practising at home?", page);
        Assert.DoesNotContain("Why practise at home?", page);
    }

    [Fact]
    public async Task A_tag_page_gains_and_loses_a_page_as_the_tag_is_added_and_removed()
    {
        await using var serve = await ServeFixture.StartAsync();
        Assert.DoesNotContain(ArticleUrl, await serve.GetAsync("/tags/routines/"));

        Save(serve, Article, text => text.Replace("  - gross-motor\n", "  - gross-motor\n  - routines\n", StringComparison.Ordinal));
        await serve.NextReloadAsync();
        Assert.Contains(ArticleUrl, await serve.GetAsync("/tags/routines/"));

        Save(serve, Article, text => text.Replace("  - routines\n", "", StringComparison.Ordinal));
        await serve.NextReloadAsync();
        Assert.DoesNotContain(ArticleUrl, await serve.GetAsync("/tags/routines/"));
        Assert.Matches(@"Build 3: \d+ pages", serve.Output.ToString());
        Assert.DoesNotContain("failed", serve.Output.ToString());
    }

    [Fact]
    public async Task A_burst_of_saves_sends_one_reload_event()
    {
        // A longer quiet period than the default, so a busy test machine cannot split the burst.
        await using var serve = await ServeFixture.StartAsync(debounce: TimeSpan.FromMilliseconds(500));

        for (var i = 0; i < 5; i++) Save(serve, Article, text => text + $"\nSaved {i} times.\n");
        await serve.NextReloadAsync();
        // Long enough for a second rebuild to have happened, were the burst split.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, serve.PendingReloads);
        Assert.Contains("Saved 4 times.", await serve.GetAsync(ArticleUrl));
    }

    [Fact]
    public async Task An_error_shows_an_overlay_over_the_last_good_page_until_the_file_is_fixed()
    {
        await using var serve = await ServeFixture.StartAsync();
        var good = serve.Site.Read(Article);

        serve.Site.Write(Article, good.Replace("date: 2026-03-03", "date: soon", StringComparison.Ordinal));
        await serve.NextReloadAsync();
        var broken = await serve.GetAsync(ArticleUrl);
        Assert.Contains("id=\"resourcegen-overlay\"", broken);
        Assert.Contains($"{Article}:3:", broken);
        Assert.Contains("RG0102", broken);
        Assert.Contains("Why practise at home?", broken);
        Assert.Contains($"{Article}:3:", serve.Output.ToString());

        serve.Site.Write(Article, good);
        await serve.NextReloadAsync();
        Assert.DoesNotContain("resourcegen-overlay", await serve.GetAsync(ArticleUrl));
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/articles/../../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/%2E%2E/site.yml")]
    [InlineData("/articles/..%2f..%2fsite.yml")]
    [InlineData("/..%5csite.yml")]
    [InlineData("/..\\site.yml")]
    [InlineData("/%252e%252e/site.yml")]
    public async Task A_path_that_escapes_the_output_gets_the_404_page(string target)
    {
        await using var serve = await ServeFixture.StartAsync();

        var (status, body) = await serve.RawGetAsync(target);

        Assert.True(status == 404, $"{target} got {status}");
        Assert.DoesNotContain("base_url", body);
    }

    [Fact]
    public async Task Unknown_paths_get_the_sites_404_page_and_files_their_content_types()
    {
        await using var serve = await ServeFixture.StartAsync();

        var missing = await serve.Http.GetAsync("/no/such/page/");
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("kind-404", await missing.Content.ReadAsStringAsync());
        Assert.Equal("text/html", (await serve.Http.GetAsync(ArticleUrl)).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", (await serve.Http.GetAsync("/search-index.json")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/xml", (await serve.Http.GetAsync("/sitemap.xml")).Content.Headers.ContentType?.MediaType);
        var folder = await serve.Http.GetAsync("/articles");
        Assert.Equal("/articles/", folder.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Output_kept_by_serve_equals_a_full_build_after_edits()
    {
        await using var serve = await ServeFixture.StartAsync();

        Save(serve, Article, text => text.Replace("  - play\n", "", StringComparison.Ordinal));
        await serve.NextReloadAsync();
        Save(serve, "templates/partials/card.html", text => text.Replace("card__summary", "card__summary card__summary--x", StringComparison.Ordinal));
        await serve.NextReloadAsync();
        serve.Site.Write("content/articles/new-page.md", "---\ntitle: A new page\ndate: 2026-06-01\ntags: [play]\naudience: [parents]\n---\nNew.\n");
        await serve.NextReloadAsync();
        Save(serve, "site.yml", text => text.Replace("title: Between Sessions", "title: Between Sessions (preview)", StringComparison.Ordinal));
        await serve.WaitUntilCompleteAsync(await serve.NextReloadAsync());

        OutputComparison.AssertSameAsFullBuild(serve.Site.Root, serve.Session.BuildOptions.ResolvedOutputDir);
    }

    [Fact]
    public async Task Drafts_are_served_with_a_banner_only_with_the_drafts_flag()
    {
        const string draft = "---\ntitle: Not yet\ndate: 2026-06-01\ndraft: true\naudience: [parents]\n---\nSoon.\n";
        await using (var withDrafts = await ServeFixture.StartAsync(drafts: true))
        {
            withDrafts.Site.Write("content/articles/not-yet.md", draft);
            await withDrafts.NextReloadAsync();
            Assert.Contains("resourcegen-draft-banner", await withDrafts.GetAsync("/articles/not-yet/"));
            Assert.DoesNotContain("resourcegen-draft-banner", await withDrafts.GetAsync(ArticleUrl));
        }
        await using var withoutDrafts = await ServeFixture.StartAsync();
        var build = withoutDrafts.Session.State.Build;
        withoutDrafts.Site.Write("content/articles/not-yet.md", draft);
        await withoutDrafts.WaitForBuildAfterAsync(build);
        Assert.Equal(404, (int)(await withoutDrafts.Http.GetAsync("/articles/not-yet/")).StatusCode);
    }

    [Fact]
    public async Task Served_pages_carry_the_reload_script_and_built_files_never_do()
    {
        await using var serve = await ServeFixture.StartAsync();
        Assert.Contains(PageDecorator.Marker, await serve.GetAsync(ArticleUrl));
        Assert.DoesNotContain(PageDecorator.Marker, await serve.Http.GetStringAsync("/feed.xml"));

        var output = Path.Combine(serve.Site.Root, "built");
        var (exit, _, err) = CliRunner.Run("build", "--source", serve.Site.Root, "--output", output);
        Assert.True(exit == 0, err);
        var withScript = SiteFixture.Snapshot(output).Where(f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("__resourcegen")).Select(f => f.Key);
        Assert.Empty(withScript);
    }

    [Fact]
    public void Serve_help_lists_its_flags()
    {
        var (exit, output, _) = CliRunner.Run("serve", "--help");

        Assert.Equal(0, exit);
        foreach (var flag in new[] { "--source", "--port", "--host", "--drafts" }) Assert.Contains(flag, output);
    }

    private static void Save(ServeFixture serve, string path, Func<string, string> change)
    {
        var before = serve.Site.Read(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        serve.Site.Write(path, after);
    }
}
