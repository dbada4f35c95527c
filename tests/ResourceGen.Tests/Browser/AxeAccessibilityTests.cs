using System.Text.Json;
using Microsoft.Playwright;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Browser;

/// <summary>
/// axe-core 4.14.1 (from npm, installed by the tests themselves) run inside each page type, in light and dark mode,
/// at phone and desktop widths: no serious or critical accessibility violation is allowed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeAccessibilityTests(BrowserFixture fixture)
{
    private static readonly Lazy<string> AxeSource = new(LoadAxe, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Each page type in each colour scheme and width.</summary>
    public static TheoryData<string, string, int> Cases
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var (name, _, _) in SampleLibraryBrowserTests.PageTypes)
            {
                data.Add(name, "light", 1280);
                data.Add(name, "dark", 375);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_serious_or_critical_violation(string name, string scheme, int width)
    {
        var path = SampleLibraryBrowserTests.PageTypes.Single(p => p.Name == name).Path;
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl + path, width, 900,
            scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        if (name == "search") await probe.Page.Locator("#search-results li").First.WaitForAsync();

        var violations = await RunAxeAsync(probe.Page);

        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0,
            $"{name} ({scheme}, {width} px): " + string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Targets)}")));
    }

    [Fact]
    public async Task Axe_reports_a_violation_it_is_shown()
    {
        await using var probe = await fixture.OpenAsync(fixture.Server.BaseUrl);
        await probe.Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = 'data:,'; document.querySelector('main').append(i); }");

        var violations = await RunAxeAsync(probe.Page);

        Assert.Contains(violations, v => v.Id == "image-alt" && v.Impact == "critical");
    }

    /// <summary>Runs axe in <paramref name="page"/> and returns its violations.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAxeAsync(IPage page)
    {
        // Evaluating through the DevTools protocol is not subject to the page's Content-Security-Policy.
        await page.EvaluateAsync(AxeSource.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
            }
            """);
        return result.EnumerateArray()
            .Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString() ?? "",
                v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }

    private static string LoadAxe()
    {
        var folder = Path.Combine(RepoPaths.TestProject, "Browser", "axe");
        if (NpmPackages.EnsureInstalled(folder, "axe-core", "4.14.1") is { } problem) throw new InvalidOperationException(problem);
        return File.ReadAllText(Path.Combine(folder, "node_modules", "axe-core", "axe.min.js"));
    }
}

/// <summary>One rule axe found broken.</summary>
/// <param name="Id">The rule, e.g. <c>color-contrast</c>.</param>
/// <param name="Impact">minor, moderate, serious or critical.</param>
/// <param name="Help">What the rule asks for.</param>
/// <param name="Targets">CSS selectors of the first offending elements.</param>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);
