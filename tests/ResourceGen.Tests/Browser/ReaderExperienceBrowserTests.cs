using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ResourceGen.Tests.Browser;

/// <summary>What readers click: checklists, the print button, the activity filter, list pages and the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderExperienceBrowserTests(BrowserFixture fixture)
{
    private const string Checklist = "checklists/weekly-home-practice-routine/";

    [Fact]
    public async Task Checklist_ticks_survive_a_reload_and_reset_clears_them()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + Checklist, width: 375);
        var page = probe.Page;
        var boxes = page.Locator("main input[type=checkbox]");
        var total = await boxes.CountAsync();
        Assert.True(total >= 5, $"only {total} checkboxes");
        Assert.True(await page.Locator("[data-checklist]").IsVisibleAsync(), "the progress panel stays hidden");

        await page.Locator("main .check__text").Nth(0).ClickAsync();
        await boxes.Nth(2).CheckAsync();
        await AssertProgressAsync(page, 2, total);

        await page.ReloadAsync();
        Assert.True(await boxes.Nth(0).IsCheckedAsync());
        Assert.False(await boxes.Nth(1).IsCheckedAsync());
        Assert.True(await boxes.Nth(2).IsCheckedAsync());
        await AssertProgressAsync(page, 2, total);

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all ticks" }).ClickAsync();
        await AssertProgressAsync(page, 0, total);
        await page.ReloadAsync();
        for (var i = 0; i < total; i++) Assert.False(await boxes.Nth(i).IsCheckedAsync(), $"box {i} is ticked after reset and reload");
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Checklist_ticks_are_saved_under_the_page_and_each_items_key()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + Checklist);
        var page = probe.Page;
        await page.Locator("main input[type=checkbox]").Nth(1).CheckAsync();

        var stored = await page.EvaluateAsync<string>("() => localStorage.getItem('resourcegen.checklist:' + location.pathname)");
        var key = await page.Locator("main input[type=checkbox]").Nth(1).GetAttributeAsync("data-check");

        Assert.NotNull(key);
        Assert.Contains($"\"{key}\":true", stored);
    }

    [Fact]
    public async Task A_printed_checklist_shows_clean_empty_boxes_and_no_controls()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + Checklist);
        var page = probe.Page;
        await page.Locator("main input[type=checkbox]").First.CheckAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var box = page.Locator("main input[type=checkbox]").First;
        Assert.Equal("none", await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage"));
        Assert.Equal("rgb(255, 255, 255)", await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.False(await page.Locator("[data-checklist]").IsVisibleAsync(), "the progress panel prints");
        Assert.False(await page.Locator("[data-print]").IsVisibleAsync(), "the print button prints");
        var suffix = await page.Locator("main .content a[href^='http'], main .content a[href^='/']").First
            .EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        Assert.Contains("(", suffix);
    }

    [Theory]
    [InlineData("articles/why-collaboration-matters/", "Print this article")]
    [InlineData("activities/fine-motor-play-at-home/", "Print this activity guide")]
    [InlineData(Checklist, "Print this checklist")]
    public async Task The_print_button_opens_the_print_dialog(string path, string label)
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + path);
        var page = probe.Page;
        await page.EvaluateAsync("() => { window.print = () => { window.__printed = true; }; }");

        await page.GetByRole(AriaRole.Button, new() { Name = label }).ClickAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => window.__printed === true"), "window.print was not called");
    }

    [Fact]
    public async Task The_activity_filter_narrows_the_list_by_skill_and_age_and_keeps_the_choice_in_the_address()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + "activities/", width: 375);
        var page = probe.Page;
        var cards = page.Locator("main .card");
        var all = await cards.CountAsync();
        Assert.True(await page.Locator("[data-activity-filter]").IsVisibleAsync(), "the filter stays hidden");

        await page.GetByLabel("Skill").SelectOptionAsync("grasp");
        await ExpectVisibleCardsAsync(page, 2);
        Assert.Contains("skill=grasp", page.Url);
        Assert.Contains("Showing 2 of", await page.Locator("[data-filter-status]").InnerTextAsync());

        await page.GetByLabel("Child's age").SelectOptionAsync("3");
        await ExpectVisibleCardsAsync(page, 1);

        await page.GetByLabel("Skill").SelectOptionAsync("");
        await ExpectVisibleCardsAsync(page, 2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Show all" }).ClickAsync();
        await ExpectVisibleCardsAsync(page, all);
        Assert.DoesNotContain("age=", page.Url);

        await page.GotoAsync(fixture.Server.BaseUrl + "activities/?age=9");
        await ExpectVisibleCardsAsync(page, 1);
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Long_lists_are_paginated_and_the_activity_filter_covers_every_page()
    {
        var port = StaticSiteServer.FreePort();
        using var site = BrowserFixture.BuildSampleLibrary($"http://127.0.0.1:{port}/", s => s.Write("site.yml", Regex.Replace(s.Read("site.yml"), @"(?m)^page_size: \d+", "page_size: 2")));
        using var server = StaticSiteServer.Start(Path.Combine(site.Root, "_site"), port);
        await using var probe = await fixture.OpenAsync(server.BaseUrl + "articles/");
        var page = probe.Page;

        Assert.Equal(2, await page.Locator("main .card").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        Assert.EndsWith("/articles/page/2/", page.Url);
        Assert.Equal("page", await page.Locator(".pagination [aria-current]").GetAttributeAsync("aria-current"));
        Assert.Equal(server.BaseUrl + "articles/", await page.Locator("link[rel=prev]").GetAttributeAsync("href") is { } prev ? new Uri(new Uri(page.Url), prev).ToString() : null);

        await page.GotoAsync(server.BaseUrl + "activities/");
        Assert.Equal(2, await page.Locator("main .card").CountAsync());
        await page.GetByLabel("Skill").SelectOptionAsync("grasp");
        await ExpectVisibleCardsAsync(page, 2);
        Assert.False(await page.Locator(".pagination").IsVisibleAsync(), "the page links show while filtering");
        var titles = await page.Locator("main .card:visible .card__title").AllInnerTextsAsync();
        Assert.Contains("Fine-motor play at home", titles);
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_search_box_and_every_link_of_the_home_page_with_a_visible_focus()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl);
        var page = probe.Page;
        var links = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href]')].filter(a => a.getClientRects().length > 0).map(a => a.href + ' ' + a.textContent.trim())");

        var reached = new HashSet<string>();
        var searchBox = false;
        var unseenFocus = new List<string>();
        for (var i = 0; i < links.Length + 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; window.__focused = e; return [e.tagName, e.href ? e.href + ' ' + e.textContent.trim() : '', e.id]; }");
            if (focus[0] == "A") reached.Add(focus[1]);
            if (focus[2] == "site-search-q") searchBox = true;
            if (focus[0] == "BODY") continue;

            // The focus is visible when the screen changes as the element loses focus.
            var focused = await page.ScreenshotAsync();
            await page.EvaluateAsync("() => window.__focused.blur()");
            var blurred = await page.ScreenshotAsync();
            await page.EvaluateAsync("() => window.__focused.focus()");
            if (focused.AsSpan().SequenceEqual(blurred)) unseenFocus.Add($"{focus[0]} {focus[1]}{focus[2]}");
        }

        Assert.True(searchBox, "Tab never reached the search box");
        var missed = links.Where(l => !reached.Contains(l)).ToList();
        Assert.True(missed.Count == 0, "Tab never reached: " + string.Join(", ", missed));
        Assert.True(unseenFocus.Count == 0, "no visible focus on: " + string.Join(", ", unseenFocus));
    }

    private static async Task AssertProgressAsync(IPage page, int done, int total)
    {
        Assert.Equal($"{done} of {total} done", (await page.Locator("#checklist-status").InnerTextAsync()).Trim());
        Assert.Equal(done, await page.Locator("[data-checklist-bar]").EvaluateAsync<int>("e => e.value"));
    }

    private static async Task ExpectVisibleCardsAsync(IPage page, int count)
    {
        await page.WaitForFunctionAsync("n => document.querySelectorAll('main .card:not([hidden])').length === n", count,
            new PageWaitForFunctionOptions { Timeout = 5000 });
        Assert.Equal(count, await page.Locator("main .card:visible").CountAsync());
    }
}
