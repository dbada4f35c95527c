using Microsoft.Playwright;

namespace ResourceGen.Tests.Browser;

/// <summary>The sample library's Spanish pages, and an Arabic (right-to-left) page added to a copy, in a real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslationBrowserTests(BrowserFixture fixture)
{
    private const string ArabicPage = """
        ---
        title: لماذا نتمرن في البيت؟
        date: 2026-03-03
        summary: التكرار في الأماكن الحقيقية يبني المهارات الجديدة.
        tags: [home-practice]
        audience: [parents]
        ---
        يتعلم الطفل المهارة عندما يكررها في البيت وفي المدرسة، وليس في الجلسة وحدها.

        ## ما الذي يساعد

        - لعبة قصيرة كل يوم.
        - روتين ثابت في الصباح والمساء.
        - كلمة تشجيع بعد كل محاولة.

        """;

    [Fact]
    public async Task The_switcher_goes_to_the_translation_and_back()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + "articles/why-practice-at-home/");
        var page = probe.Page;
        var switcher = page.Locator("nav.language-switcher");

        await switcher.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await page.WaitForURLAsync(fixture.Server.BaseUrl + "es/articles/why-practice-at-home/");
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("true", await switcher.GetByRole(AriaRole.Link, new() { Name = "Español" }).GetAttributeAsync("aria-current"));
        Assert.Contains("Idioma", await switcher.GetAttributeAsync("aria-label"));

        await switcher.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        // An exact URL: a pattern ending in /articles/why-practice-at-home/ would also match the Spanish page being left.
        await page.WaitForURLAsync(fixture.Server.BaseUrl + "articles/why-practice-at-home/");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task The_switcher_on_a_page_without_a_translation_goes_to_that_languages_home_page()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + "activities/heavy-work-obstacle-course/");
        await probe.Page.Locator("nav.language-switcher").GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();

        await probe.Page.WaitForURLAsync(fixture.Server.BaseUrl + "es/");
        Assert.Equal("Entre sesiones", (await probe.Page.Locator(".site-name").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Searching_ninos_on_the_spanish_search_page_finds_a_spanish_page_that_says_nino()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + "es/search/?q=niños");
        var page = probe.Page;
        await page.Locator("#search-results .search-result__link").First.WaitForAsync(new() { Timeout = 10000 });

        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results .search-result__link')].map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Contains("/es/", href));
        var found = new List<string>();
        foreach (var href in links)
        {
            var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
            if (System.Text.RegularExpressions.Regex.IsMatch(await response.TextAsync(), @"\bniño\b")) found.Add(href);
        }
        Assert.NotEmpty(found);
        Assert.Contains("resultado", await page.Locator("#search-status").InnerTextAsync());
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "es-search-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "es-search-375.png"), FullPage = true });
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task A_right_to_left_page_does_not_scroll_sideways_at_320_pixels_and_axe_finds_nothing_serious()
    {
        var port = StaticSiteServer.FreePort();
        using var site = BrowserFixture.BuildSampleLibrary($"http://127.0.0.1:{port}/", s =>
        {
            s.Write("site.yml", System.Text.RegularExpressions.Regex.Replace(s.Read("site.yml"), @"(?m)^languages:.*\n", "$0  ar: { name: العربية }\n"));
            s.Write("content/articles/why-practice-at-home.ar.md", ArabicPage);
        });
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await fixture.OpenAsync(server.BaseUrl + "ar/articles/why-practice-at-home/", 320, 900);
        var page = probe.Page;

        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        await SampleLibraryBrowserTests.AssertNoSidewaysScrollAsync(page, "the right-to-left page at 320 px");
        var serious = (await AxeAccessibilityTests.RunAxeAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Targets)}")));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Printing_a_spanish_checklist_keeps_its_items_and_hides_the_navigation_and_switcher()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + "es/checklists/weekly-home-practice-routine/");
        var page = probe.Page;
        var items = await page.Locator("main input[type=checkbox]").CountAsync();
        Assert.True(items > 3, $"the Spanish checklist has {items} items");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("nav.language-switcher").IsVisibleAsync(), "the language switcher shows in print");
        Assert.False(await page.Locator("nav.site-nav").IsVisibleAsync(), "the navigation shows in print");
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 1000, "the printed PDF is empty");
        Assert.Empty(probe.Problems);
    }
}
