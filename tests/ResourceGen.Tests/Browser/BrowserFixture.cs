using Microsoft.Playwright;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Browser;

/// <summary>The browser tests share one built sample library, one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}

/// <summary>
/// Builds the repository's sample library once for <c>http://127.0.0.1:PORT/</c>, serves it on loopback and
/// launches Debian's Chromium once. Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium (<c>apt-get install chromium</c>).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"];

    private SiteFixture? _site;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<(int Width, int Height), PageProbe> _shared = [];

    /// <summary>The server of the sample library.</summary>
    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("The fixture did not start.");

    /// <summary>The shared Chromium.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture did not start.");

    /// <summary>Where screenshots are written.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "browser-screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (ChromiumInstaller.EnsureInstalled(ChromiumPath) is { } problem) throw new InvalidOperationException(problem);

        var port = StaticSiteServer.FreePort();
        _site = BuildSampleLibrary($"http://127.0.0.1:{port}/");
        _server = StaticSiteServer.Start(Path.Combine(_site.Root, "_site"), port);
        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>
    /// Copies the repository's sample library (with its comment threads) to a temporary folder, lets
    /// <paramref name="change"/> edit the copy, and builds it for <paramref name="baseUrl"/>.
    /// </summary>
    public static SiteFixture BuildSampleLibrary(string baseUrl, Action<SiteFixture>? change = null)
    {
        var site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
        change?.Invoke(site);
        var (exit, stdout, stderr) = CliRunner.Run("build", "--source", site.Root, "--base-url", baseUrl);
        if (exit != 0)
        {
            site.Dispose();
            throw new InvalidOperationException($"Building the sample library for {baseUrl} failed (exit {exit}):\n{stdout}\n{stderr}");
        }
        return site;
    }

    /// <summary>Launches headless Chromium from <see cref="ChromiumPath"/> with a fresh profile.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });

    /// <summary>Opens <paramref name="url"/> in a new context of the given width, recording errors from the start. The caller disposes it.</summary>
    public Task<PageProbe> OpenAsync(string url, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light) =>
        PageProbe.OpenAsync(Browser, url, width, height, scheme);

    /// <summary>
    /// Loads <paramref name="url"/> in a page kept open for that viewport width and shared by the tests (a new page costs
    /// about half a second; a navigation about a tenth). Tests of this collection run one at a time, so this is safe.
    /// Do not change the page's media or state; use <see cref="OpenAsync"/> for that.
    /// </summary>
    public async Task<PageProbe> VisitAsync(string url, int width = 1280, int height = 900)
    {
        if (!_shared.TryGetValue((width, height), out var probe))
        {
            probe = await PageProbe.CreateAsync(Browser, width, height);
            _shared[(width, height)] = probe;
        }
        await probe.NavigateAsync(url);
        return probe;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var probe in _shared.Values) await probe.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _site?.Dispose();
    }
}
