using Microsoft.Playwright;

namespace ResourceGen.Tests.Browser;

/// <summary>The sample library, built and served on loopback, in a real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleLibraryBrowserTests(BrowserFixture fixture)
{
    /// <summary>One page of each type: a name for reports and screenshots, its path, and the status it answers with.</summary>
    public static readonly (string Name, string Path, int Status)[] PageTypes =
    [
        ("home", "", 200),
        ("article", "articles/why-collaboration-matters/", 200),
        ("activity", "activities/fine-motor-play-at-home/", 200),
        ("checklist", "checklists/weekly-home-practice-routine/", 200),
        ("list", "articles/", 200),
        ("activity-list", "activities/", 200),
        ("search", "search/?q=routine", 200),
        ("tags", "tags/", 200),
        ("tag", "tags/collaboration/", 200),
        ("audience", "audience/parents/", 200),
        ("404-page", "404.html", 200),
        ("spanish-article", "es/articles/why-practice-at-home/", 200),
        ("spanish-activity-list", "es/activities/", 200),
        ("unknown-url", "no-such-page/anywhere/", 404),
    ];

    /// <summary>The page types as theory data (by name).</summary>
    public static TheoryData<string> PageTypeNames => [.. PageTypes.Select(p => p.Name)];

    private static (string Name, string Path, int Status) PageType(string name) => PageTypes.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Every_page_type_renders_without_console_errors(string name)
    {
        var (_, path, status) = PageType(name);
        var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + path);

        Assert.NotNull(probe.Response);
        Assert.Equal(status, probe.Response!.Status);
        Assert.StartsWith("text/html", await probe.Response.HeaderValueAsync("content-type") ?? "");
        Assert.Empty(status == 404 ? probe.ProblemsIgnoringOwn404() : probe.Problems);
        Assert.Equal(1, await probe.Page.Locator("h1").CountAsync());
        Assert.Equal(1, await probe.Page.Locator("main").CountAsync());
        Assert.True(await probe.Page.Locator("main").IsVisibleAsync(), "<main> is not visible");
        Assert.False(string.IsNullOrWhiteSpace(await probe.Page.Locator("h1").InnerTextAsync()), "the <h1> is empty");
    }

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Nothing_scrolls_sideways_on_a_320_or_375_pixel_wide_phone(string name)
    {
        foreach (var width in new[] { 320, 375 })
        {
            var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + PageType(name).Path, width: width, height: 900);

            await AssertNoSidewaysScrollAsync(probe.Page, $"{name} at {width} px");
        }
    }

    /// <summary>Fails, naming the elements that stick out on either side, when <paramref name="page"/> scrolls sideways.</summary>
    internal static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var (scrollWidth, innerWidth) = await ScrollAndInnerWidthAsync(page);
        if (scrollWidth <= innerWidth) return;
        var culprits = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.right > window.innerWidth + 0.5 || r.left < -0.5; })
              .slice(0, 8)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ +/g, '.') : '') + ' left=' + Math.round(e.getBoundingClientRect().left) + ' right=' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.Fail($"{what}: scrollWidth {scrollWidth} > innerWidth {innerWidth}; elements sticking out: {string.Join(", ", culprits)}");
    }

    [Theory]
    [InlineData("home")]
    [InlineData("article")]
    [InlineData("checklist")]
    public async Task Printing_hides_the_site_navigation(string name)
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + PageType(name).Path);
        var navs = probe.Page.Locator("header nav");
        Assert.Equal(2, await navs.CountAsync());
        foreach (var nav in await navs.AllAsync()) Assert.True(await nav.IsVisibleAsync(), "the navigation and language switcher should be visible on screen");

        await probe.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var nav in await navs.AllAsync())
        {
            var display = await nav.EvaluateAsync<string>("e => getComputedStyle(e).display");
            Assert.True(display == "none" || !await nav.IsVisibleAsync(), $"in print the navigation still shows (display: {display})");
        }
    }

    [Fact]
    public async Task The_first_Tab_focuses_the_skip_link_and_following_it_moves_focus_into_main()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl);
        var page = probe.Page;

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        Assert.Equal("Skip to content", focused);
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top >= 0; }"),
            "the focused skip link is not visible on screen");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.closest('main') !== null",
            null, new PageWaitForFunctionOptions { Timeout = 3000 });

        // The next Tab goes on from inside main, not back to the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"),
            "after the skip link, Tab should move to the first focusable element in main");
    }

    [Fact]
    public async Task A_site_built_for_a_sub_path_resolves_every_link_and_stylesheet()
    {
        var port = StaticSiteServer.FreePort();
        using var site = BrowserFixture.BuildSampleLibrary($"http://127.0.0.1:{port}/library/");
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port, "/library/");

        await using var probe = await fixture.OpenAsync(server.BaseUrl);
        var page = probe.Page;
        Assert.Equal(200, probe.Response!.Status);
        Assert.Empty(probe.Problems);

        // The stylesheet loaded and applies.
        Assert.True(await page.EvaluateAsync<int>("() => document.styleSheets.length") > 0, "no stylesheet loaded");
        var sheets = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href)");
        Assert.NotEmpty(sheets);
        var rules = await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(rules > 10, $"the stylesheets hold only {rules} rules");
        var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.NotEqual("\"Times New Roman\"", font);
        Assert.NotEqual("Times New Roman", font);

        // Every link and resource of the home page answers 200 and stays under /library/.
        var urls = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href], link[href]')].map(e => e.href).filter(u => u.startsWith(location.origin))");
        var broken = new List<string>();
        foreach (var url in urls.Select(u => u.Split('#')[0]).Distinct())
        {
            if (!url.StartsWith(server.BaseUrl, StringComparison.Ordinal)) { broken.Add($"{url} (outside /library/)"); continue; }
            var response = await page.APIRequest.GetAsync(url);
            if (response.Status != 200) broken.Add($"{url} ({response.Status})");
        }
        Assert.True(urls.Length > 10, $"only {urls.Length} same-site links on the home page");
        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Every_page_type_shows_its_heading_uncovered_in_the_first_screen_at_phone_and_desktop_widths(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        foreach (var width in new[] { 375, 1280 })
        {
            const int height = 900;
            var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + PageType(name).Path, width: width, height: height);
            // The screenshots are kept for reviewers (see BrowserFixture.ScreenshotFolder); what a reader sees is asserted below.
            await probe.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });

            var box = await probe.Page.Locator("h1").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box!.X >= 0 && box.X + box.Width <= width, $"{name} at {width}px: the <h1> runs outside the screen ({box.X}..{box.X + box.Width})");
            Assert.True(box.Y >= 0 && box.Y + box.Height <= height, $"{name} at {width}px: the <h1> is not in the first screen (top {box.Y}, bottom {box.Y + box.Height})");
            var covered = await probe.Page.EvaluateAsync<bool>("""
                () => {
                  const h1 = document.querySelector('h1');
                  const r = h1.getBoundingClientRect();
                  const top = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
                  return !(top && (h1 === top || h1.contains(top)));
                }
                """);
            Assert.False(covered, $"{name} at {width}px: something is drawn over the <h1>");
        }
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> ScrollAndInnerWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
