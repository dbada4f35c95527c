using Microsoft.Playwright;

namespace ResourceGen.Tests.Browser;

/// <summary>
/// One page in its own browser context, with every console error, failed request and HTTP error response
/// of its sub-resources recorded from before navigation.
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly object _gate = new();

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>The main document's response.</summary>
    public IResponse? Response { get; private set; }

    /// <summary>What went wrong while loading, one line each.</summary>
    public IReadOnlyList<string> Problems { get { lock (_gate) return [.. _problems]; } }

    private PageProbe(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    /// <summary>Opens <paramref name="url"/> at <paramref name="width"/> × <paramref name="height"/> in a new context and waits for load.</summary>
    public static async Task<PageProbe> OpenAsync(IBrowser browser, string url, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var probe = await CreateAsync(browser, width, height, scheme);
        await probe.NavigateAsync(url);
        return probe;
    }

    /// <summary>A new context and page at <paramref name="width"/> × <paramref name="height"/>, not yet navigated.</summary>
    public static async Task<PageProbe> CreateAsync(IBrowser browser, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var probe = new PageProbe(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") probe.Add($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => probe.Add("page error: " + error);
        page.RequestFailed += (_, request) => probe.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                probe.Add($"HTTP {response.Status}: {response.Url}");
        };
        return probe;
    }

    /// <summary>Forgets earlier problems, then loads <paramref name="url"/> and waits for load.</summary>
    public async Task NavigateAsync(string url)
    {
        lock (_gate) _problems.Clear();
        Response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>The problems, but without the console line Chromium always prints for a main document that answers 404.</summary>
    public IReadOnlyList<string> ProblemsIgnoringOwn404() =>
        [.. Problems.Where(p => !(p.StartsWith("console error: Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal)
                                && p.Contains(Page.Url, StringComparison.Ordinal)))];

    private void Add(string problem)
    {
        lock (_gate) _problems.Add(problem);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
