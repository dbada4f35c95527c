using System.Text.Json;
using Microsoft.Playwright;
using ResourceGen.Tests.Search;

namespace ResourceGen.Tests.Browser;

/// <summary>
/// The sharded engine in Chromium against lunr.js over the lunr export of the same build (in node, see
/// lunr-compat/reference-search.mjs): same results in the same order, without downloading the lunr export;
/// headings as sub-results; "Show more results".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShardedSearchBrowserTests(BrowserFixture fixture, LunrCompatFixture lunr) : IClassFixture<LunrCompatFixture>
{
    // Generous: a cold worker on a loaded 2-core machine (the whole suite running) can take seconds; nothing here is timed.
    private static readonly PageWaitForFunctionOptions Soon = new() { Timeout = 20000 };

    private static async Task SearchAsync(IPage page, string text)
    {
        await page.Locator("#search-q").FillAsync(text);
        await page.WaitForFunctionAsync("q => (document.getElementById('search-status').textContent || '').includes('for “' + q + '”')", text, Soon);
    }

    private static Task<string[]> PageLinksAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results > li')].map(li => li.querySelector('a').getAttribute('href'))");

    private async Task<List<List<(string Url, double Score)>>> LunrResultsAsync(string[] queries)
    {
        using var http = new HttpClient();
        var folder = Directory.CreateTempSubdirectory("resourcegen-reference-").FullName;
        try
        {
            foreach (var name in new[] { "search-index.json", "search-docs.json" })
                await File.WriteAllBytesAsync(Path.Combine(folder, name), await http.GetByteArrayAsync(fixture.Server.BaseUrl + name));
            var (exitCode, output) = lunr.RunScript("reference-search.mjs", [Path.Combine(folder, "search-index.json"), Path.Combine(folder, "search-docs.json"), .. queries]);
            Assert.True(exitCode == 0, output);
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
                JsonDocument.Parse(line).RootElement.EnumerateArray().Select(r => (r[0].GetString()!, r[1].GetDouble())).ToList())];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Results_come_in_lunr_js_order_and_the_lunr_export_is_never_downloaded()
    {
        string[] queries = ["listening", "home", "hand", "collabration", "sensory play", "routine for school mornings", "sleeep", "ot", "zzqxj"];
        var expected = await LunrResultsAsync(queries);
        var requests = new List<string>();
        var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + "search/");
        probe.Page.Request += (_, r) => { lock (requests) requests.Add(r.Url); };
        await probe.Page.WaitForFunctionAsync("() => document.getElementById('search').dataset.engine === 'worker'", null, Soon);

        for (var i = 0; i < queries.Length; i++)
        {
            await SearchAsync(probe.Page, queries[i]);
            var links = await PageLinksAsync(probe.Page);
            var want = expected[i];
            Assert.Equal(Math.Min(10, want.Count), links.Length);
            var scores = want.ToDictionary(r => r.Url, r => r.Score);
            // Equal scores may come in either order; anything else must be lunr's order.
            for (var r = 0; r < links.Length; r++)
                Assert.True(scores.TryGetValue(links[r], out var score) && Math.Abs(score - want[r].Score) < 1e-9, $"{queries[i]}: result {r} is {links[r]}, lunr has {want[r].Url}");
            if (want.Count > 0) Assert.StartsWith($"{want.Count} result", await probe.Page.Locator("#search-status").TextContentAsync());
        }
        Assert.Contains(expected, list => list.Count == 0);
        lock (requests)
        {
            Assert.Contains(requests, u => u.Contains("/search/", StringComparison.Ordinal));
            Assert.DoesNotContain(requests, u => u.Contains("search-index.json", StringComparison.Ordinal) || u.Contains("search-docs.json", StringComparison.Ordinal) || u.Contains("/lunr.", StringComparison.Ordinal));
        }
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task A_matching_heading_links_to_its_anchor_under_its_page()
    {
        var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + "search/?q=meeting");
        var page = probe.Page;
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results .search-result__section').length > 0", null, Soon);
        var found = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#search-results > li')].flatMap(li =>
              [...li.querySelectorAll('.search-result__section')].map(a => [li.querySelector('a').getAttribute('href'), a.getAttribute('href'), a.textContent]))
            """);
        Assert.NotEmpty(found);
        Assert.All(found, f =>
        {
            Assert.StartsWith(f[0] + "#", f[1]);
            Assert.Contains("meeting", f[2], StringComparison.OrdinalIgnoreCase);
        });
        var (pageUrl, sectionUrl) = (found[0][0], found[0][1]);
        await page.Locator($"#search-results a[href='{sectionUrl}']").First.ClickAsync();
        await page.WaitForURLAsync("**" + sectionUrl, new PageWaitForURLOptions { Timeout = 20000 });
        Assert.True(await page.EvaluateAsync<bool>("id => !!document.getElementById(decodeURIComponent(id))", sectionUrl.Split('#')[1]), $"no anchor for {sectionUrl} on {pageUrl}");
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Show_more_adds_the_next_results_and_disappears_at_the_end()
    {
        var probe = await fixture.VisitAsync(fixture.Server.BaseUrl + "search/");
        var page = probe.Page;
        await page.WaitForFunctionAsync("() => !!document.getElementById('search').dataset.engine", null, Soon);
        await SearchAsync(page, "home");
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(await page.Locator("#search-status").TextContentAsync() ?? "", @"^(\d+)").Value);
        Assert.True(total > 10, $"'home' finds {total} pages; the test needs more than 10");
        var first = await PageLinksAsync(page);
        Assert.Equal(10, first.Length);

        await page.Locator("#search-more").ClickAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results > li').length === n", Math.Min(20, total), Soon);
        var all = await PageLinksAsync(page);
        Assert.Equal(first, all[..10]);
        Assert.Equal(all.Length, all.Distinct().Count());
        if (total <= 20) Assert.True(await page.Locator("#search-more").IsHiddenAsync());
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Without_Worker_the_same_results_come_from_the_main_thread()
    {
        await using var probe = await PageProbe.CreateAsync(fixture.Browser, 1280, 900);
        await probe.Page.AddInitScriptAsync("delete window.Worker;");
        await probe.NavigateAsync(fixture.Server.BaseUrl + "search/?q=listening");
        await probe.Page.WaitForFunctionAsync("() => document.getElementById('search').dataset.engine === 'main'", null, Soon);
        await probe.Page.WaitForFunctionAsync("() => (document.getElementById('search-status').textContent || '').includes('for “listening”')", null, Soon);
        var expected = (await LunrResultsAsync(["listening"]))[0];
        Assert.Equal(expected.Select(r => r.Url).Take(10), await PageLinksAsync(probe.Page));
        Assert.Empty(probe.Problems);
    }
}
