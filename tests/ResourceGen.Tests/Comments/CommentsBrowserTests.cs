using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ResourceGen.Tests.Browser;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Comments;

/// <summary>
/// Comments in headless Chromium: the sample library built with giscus pointed at a fake giscus on a second loopback
/// origin, and the sample library's own static threads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CommentsBrowserTests(BrowserFixture fixture)
{
    private const string Article = "articles/why-practice-at-home/";

    [Fact]
    public async Task Nothing_reaches_the_provider_before_the_button_and_its_thread_appears_after()
    {
        using var provider = StaticSiteServer.Start(Path.Combine(RepoPaths.TestProject, "Comments", "FakeProvider"), allowAnyOrigin: true);
        var port = StaticSiteServer.FreePort();
        using var site = BuildWithGiscusAt(provider.Origin, port);
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await PageProbe.CreateAsync(fixture.Browser, 1280, 900);
        var toProvider = RequestsTo(probe.Page, provider.Origin);

        await probe.NavigateAsync(server.BaseUrl + Article);
        var page = probe.Page;
        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Show comments — loads giscus from {new Uri(provider.Origin).Authority}" });
        await button.ScrollIntoViewIfNeededAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.True(await button.IsVisibleAsync());
        Assert.Empty(toProvider);
        Assert.Equal(0, await page.Locator(".giscus").CountAsync());

        await button.ClickAsync();
        await page.Locator(".giscus iframe.giscus-frame").WaitForAsync(new() { Timeout = 5000 });

        Assert.Equal("owner/library pathname", await page.Locator(".giscus").GetAttributeAsync("data-fake-thread"));
        Assert.Contains(provider.Origin + "/client.js", toProvider);
        Assert.Contains(provider.Origin + "/default.css", toProvider);
        Assert.Contains(toProvider, u => u.StartsWith(provider.Origin + "/widget.html?repo=owner%2Flibrary&theme=preferred_color_scheme", StringComparison.Ordinal));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task A_remembered_choice_loads_comments_by_itself_until_it_is_revoked()
    {
        using var provider = StaticSiteServer.Start(Path.Combine(RepoPaths.TestProject, "Comments", "FakeProvider"), allowAnyOrigin: true);
        var port = StaticSiteServer.FreePort();
        using var site = BuildWithGiscusAt(provider.Origin, port);
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await PageProbe.CreateAsync(fixture.Browser, 1280, 900);
        var toProvider = RequestsTo(probe.Page, provider.Origin);
        var page = probe.Page;
        var host = new Uri(provider.Origin).Authority;

        await probe.NavigateAsync(server.BaseUrl + Article);
        await page.GetByLabel("Always show comments on this site").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Show comments — loads giscus from {host}" }).ClickAsync();
        await page.Locator(".giscus iframe").WaitForAsync(new() { Timeout = 5000 });

        // Another page of the site: the comments load without asking.
        await probe.NavigateAsync(server.BaseUrl + "articles/understanding-sensory-processing/");
        await page.Locator(".giscus iframe").WaitForAsync(new() { Timeout = 5000 });
        var forget = page.GetByRole(AriaRole.Button, new() { Name = $"Stop loading comments from {host} automatically" });
        Assert.True(await forget.IsVisibleAsync());

        await forget.ClickAsync();
        Assert.Contains("will no longer load by themselves", await page.Locator("[data-comments-status]").TextContentAsync() ?? "");
        lock (toProvider) toProvider.Clear();
        await probe.NavigateAsync(server.BaseUrl + Article);
        await page.WaitForTimeoutAsync(300);

        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = $"Show comments — loads giscus from {host}" }).IsVisibleAsync());
        lock (toProvider) Assert.Empty(toProvider);
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Without_consent_the_embed_loads_only_when_scrolled_near()
    {
        using var provider = StaticSiteServer.Start(Path.Combine(RepoPaths.TestProject, "Comments", "FakeProvider"), allowAnyOrigin: true);
        var port = StaticSiteServer.FreePort();
        using var site = BuildWithGiscusAt(provider.Origin, port, consent: false);
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await PageProbe.CreateAsync(fixture.Browser, 1280, 600);
        var toProvider = RequestsTo(probe.Page, provider.Origin);

        await probe.NavigateAsync(server.BaseUrl + Article);
        await probe.Page.WaitForTimeoutAsync(300);
        lock (toProvider) Assert.Empty(toProvider);

        await probe.Page.Locator("#comments").ScrollIntoViewIfNeededAsync();
        await probe.Page.Locator(".giscus iframe").WaitForAsync(new() { Timeout = 5000 });
        Assert.Equal(0, await probe.Page.Locator("[data-comments-load]").CountAsync());
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task An_inline_provider_config_runs_under_the_policy_by_its_hash()
    {
        using var provider = StaticSiteServer.Start(Path.Combine(RepoPaths.TestProject, "Comments", "FakeProvider"), allowAnyOrigin: true);
        var port = StaticSiteServer.FreePort();
        using var site = BuildWith(port, $"  provider: remark42\n  remark42: {{ origin: \"{provider.Origin}\", site_id: library }}\n");
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser, server.BaseUrl + Article, 1280, 900);
        var page = probe.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = $"Show comments — loads Remark42 from {new Uri(provider.Origin).Authority}" }).ClickAsync();
        await page.Locator("#remark42 iframe").WaitForAsync(new() { Timeout = 5000 });

        Assert.Equal($"library {server.BaseUrl}{Article}", await page.Locator("#remark42").GetAttributeAsync("data-fake-thread"));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Static_threads_render_nested_and_a_script_in_a_comment_shows_as_text()
    {
        var port = StaticSiteServer.FreePort();
        using var site = BrowserFixture.BuildSampleLibrary($"http://127.0.0.1:{port}/", s => s.Write(
            "data/comments/why-practice-at-home/2026-04-03-mallory.yml",
            "name: Mallory\ndate: 2026-04-03\nreply_to: 2026-04-02-sam\nbody: \"<script>window.pwned = true</script><img src=x onerror=\\\"window.pwned = true\\\">\"\n"));
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser, server.BaseUrl + Article, 1280, 900);
        var page = probe.Page;

        var nested = page.Locator("#comments ol.comment-list > li.comment > ol.comment-list > li.comment > ol.comment-list > li.comment");
        Assert.Contains("The washing line worked!", await nested.First.InnerTextAsync());
        Assert.Contains("replying to Tom Ellery, MSc OT", await nested.First.InnerTextAsync());
        var mallory = page.Locator("#comment-2026-04-03-mallory .comment__body");
        Assert.Equal("<script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\">", (await mallory.InnerTextAsync()).Trim());
        Assert.False(await page.EvaluateAsync<bool>("() => window.pwned === true"));
        Assert.Equal(0, await page.Locator("#comments script, #comments img").CountAsync());
        Assert.Empty(probe.Problems);
    }

    private static SiteFixture BuildWithGiscusAt(string origin, int port, bool consent = true) => BuildWith(port, $$"""
          provider: giscus
          consent: {{(consent ? "true" : "false")}}
          giscus: { repo: owner/library, repo_id: R_x, category: Q&A, category_id: DIC_x, origin: "{{origin}}" }

        """);

    /// <summary>The sample library with its <c>comments:</c> section replaced by one holding <paramref name="settings"/>.</summary>
    private static SiteFixture BuildWith(int port, string settings) =>
        BrowserFixture.BuildSampleLibrary($"http://127.0.0.1:{port}/", site => site.Write("site.yml",
            CommentsBlock().Replace(site.Read("site.yml"), "comments:\n" + settings)));

    private static List<string> RequestsTo(IPage page, string origin)
    {
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(origin + "/", StringComparison.Ordinal)) lock (requests) requests.Add(request.Url);
        };
        return requests;
    }

    [GeneratedRegex(@"(?ms)^comments:.*?(?=^\S)")]
    private static partial Regex CommentsBlock();
}
