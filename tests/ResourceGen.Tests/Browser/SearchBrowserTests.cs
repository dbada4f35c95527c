using Microsoft.Playwright;

namespace ResourceGen.Tests.Browser;

/// <summary>The /search/ page of the sample library in a real headless Chromium: the sharded engine in a worker, facets, highlighting.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture fixture)
{
    private const string FirstListeningResult = "Activities during a therapeutic listening programme";

    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 5000 };

    private static async Task WaitForStatusAsync(IPage page, string contains) =>
        await page.WaitForFunctionAsync(
            "s => (document.getElementById('search-status').textContent || '').includes(s)", contains,
            new PageWaitForFunctionOptions { Timeout = 5000 });

    private static Task<string[]> ResultTitlesAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results .search-result__link')].map(a => a.textContent.trim())");

    private static async Task WaitForCountAsync(IPage page, int count) =>
        await page.WaitForFunctionAsync(
            "n => (document.getElementById('search-status').textContent || '').startsWith(n + ' result')", count,
            new PageWaitForFunctionOptions { Timeout = 5000 });

    private static async Task<int> StatusCountAsync(IPage page) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(await page.Locator("#search-status").TextContentAsync() ?? "", @"^(\d+) result").Groups[1].Value);

    private static async Task TypeQueryAsync(IPage page, string text)
    {
        var box = page.Locator("#search-q");
        await box.FillAsync("");
        await box.PressSequentiallyAsync(text);
        await WaitForStatusAsync(page, "for “" + text + "”");
    }

    private async Task<PageProbe> OpenSearchAsync(string query = "") =>
        await fixture.VisitAsync(fixture.Server.BaseUrl + "search/" + query);

    [Fact]
    public async Task Typing_listening_ranks_the_listening_programme_first_and_the_status_counts_the_results()
    {
        var probe = await OpenSearchAsync();
        var page = probe.Page;
        Assert.Equal("Search", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("polite", await page.Locator("#search-status").GetAttributeAsync("aria-live"));

        await TypeQueryAsync(page, "listening");
        var titles = await ResultTitlesAsync(page);
        Assert.NotEmpty(titles);
        Assert.Equal(FirstListeningResult, titles[0]);
        Assert.Equal(Math.Min(10, await StatusCountAsync(page)), titles.Length);
        // The index was queried in the worker: the main thread did not fall back to running the session itself.
        Assert.Equal("worker", await page.Locator("#search").GetAttributeAsync("data-engine"));

        // The address follows the box, and the arrow keys walk the results.
        Assert.Equal("?q=listening", await page.EvaluateAsync<string>("() => location.search"));
        await page.Locator("#search-q").PressAsync("ArrowDown");
        Assert.Equal(FirstListeningResult, await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        if (titles.Length > 1)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal(titles[1], await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
            await page.Keyboard.PressAsync("ArrowUp");
        }
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // "/" brings focus back to the box from elsewhere on the page.
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("listening", await page.Locator("#search-q").InputValueAsync());
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task A_partial_word_finds_longer_words_and_highlights_them()
    {
        var probe = await OpenSearchAsync();
        var page = probe.Page;
        await TypeQueryAsync(page, "hand");
        Assert.NotEmpty(await ResultTitlesAsync(page));
        var marks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results mark')].map(m => m.textContent)");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("hand", m, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(marks, m => m.Length > 4); // "hands", "handwriting", …: more than the bare prefix
        Assert.Empty(probe.Problems);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-hand.png"), FullPage = true });
    }

    [Fact]
    public async Task A_type_facet_narrows_the_results_without_a_new_query()
    {
        var probe = await OpenSearchAsync();
        var page = probe.Page;
        await TypeQueryAsync(page, "home");
        var before = await StatusCountAsync(page);

        var checklist = page.Locator("#search-facets fieldset[data-facet=type] input[value=checklist]");
        await checklist.WaitForAsync(Visible);
        var label = await page.Locator($"label[for='{await checklist.GetAttributeAsync("id")}']").InnerTextAsync();
        var expected = int.Parse(System.Text.RegularExpressions.Regex.Match(label, @"\((\d+)\)").Groups[1].Value);
        Assert.InRange(expected, 1, before - 1);

        await checklist.CheckAsync();
        await WaitForCountAsync(page, expected);
        var badges = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results .search-result .badge')].map(b => b.textContent.trim())");
        Assert.Equal(Math.Min(10, expected), badges.Length);
        Assert.All(badges, b => Assert.Equal("Checklist", b));
        Assert.Contains($"filtered from {before}", await page.Locator("#search-status").TextContentAsync() ?? "");
        Assert.True(await page.Locator("#search-facets input[value=checklist]").IsCheckedAsync());

        await page.Locator("#search-facets input[value=checklist]").UncheckAsync();
        await WaitForCountAsync(page, before);
        Assert.Equal(Math.Min(10, before), (await ResultTitlesAsync(page)).Length);
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task A_query_in_the_address_runs_on_load_and_a_misspelling_still_finds_results()
    {
        var probe = await OpenSearchAsync("?q=collaboration");
        var page = probe.Page;
        await WaitForStatusAsync(page, "for “collaboration”");
        Assert.Equal("collaboration", await page.Locator("#search-q").InputValueAsync());
        Assert.NotEmpty(await ResultTitlesAsync(page));

        await TypeQueryAsync(page, "collabration");
        Assert.NotEmpty(await ResultTitlesAsync(page));
        Assert.Contains("similar words", await page.Locator("#search-status").TextContentAsync() ?? "");
        Assert.Equal("?q=collabration", await page.EvaluateAsync<string>("() => location.search"));

        // Lunr syntax and stop words are harmless: no results, no error.
        foreach (var odd in new[] { "the and of", "+-:^~*", "title:~2 \"hand" })
        {
            await page.Locator("#search-q").FillAsync(odd);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results li').length === 0 || document.getElementById('search-status').textContent !== ''",
                null, new PageWaitForFunctionOptions { Timeout = 3000 });
        }
        await page.Locator("#search-q").FillAsync("");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results li').length === 0 && location.search === ''",
            null, new PageWaitForFunctionOptions { Timeout = 3000 });
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task The_header_box_of_any_page_submits_to_the_search_page()
    {
        var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + "tags/");
        var page = probe.Page;
        var box = page.GetByRole(AriaRole.Search).GetByLabel("Search the library");
        await box.FillAsync("listening");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=listening", new PageWaitForURLOptions { Timeout = 5000 });
        await WaitForStatusAsync(page, "for “listening”");
        Assert.Equal(FirstListeningResult, (await ResultTitlesAsync(page))[0]);
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Search_works_on_a_site_built_for_a_sub_path()
    {
        var port = StaticSiteServer.FreePort();
        using var site = BrowserFixture.BuildSampleLibrary($"http://127.0.0.1:{port}/library/");
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port, "/library/");

        var requests = new List<string>();
        await using var probe = await PageProbe.CreateAsync(fixture.Browser, 1280, 900);
        probe.Page.Request += (_, r) => { lock (requests) requests.Add(r.Url); };
        await probe.NavigateAsync(server.BaseUrl + "search/?q=listening");
        var page = probe.Page;
        await WaitForStatusAsync(page, "for “listening”");
        var titles = await ResultTitlesAsync(page);
        Assert.Equal(FirstListeningResult, titles[0]);
        var href = await page.Locator("#search-results .search-result__link").First.GetAttributeAsync("href");
        Assert.StartsWith("/library/", href);
        Assert.Empty(probe.Problems);
        lock (requests) Assert.All(requests, u => Assert.StartsWith(server.BaseUrl, u));
    }
}
