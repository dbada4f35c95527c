using System.Net;
using System.Net.Sockets;
using ResourceGen.Diagnostics;
using ResourceGen.Generation;
using ResourceGen.Incremental;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// One run of <c>serve</c>: builds the site, serves it, and rebuilds one burst of changes at a time (never two
/// builds at once), printing each build's problems and telling open pages to reload. A failed build leaves the
/// last good output served, with the problems shown over every page.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly IncrementalSiteBuilder _builder;
    private readonly ReloadHub _hub = new();
    private readonly SiteWatcher _watcher;
    private readonly CancellationTokenSource _stopping = new();
    private PreviewServer? _server;
    private Task _rebuilds = Task.CompletedTask;
    private IReadOnlyList<Diagnostic> _printed = [];
    private volatile PreviewState _state = PreviewState.Initial;

    private PreviewSession(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        (_options, _stdout, _stderr) = (options, stdout, stderr);
        _builder = new IncrementalSiteBuilder(BuildOptions, deferSlowOutputs: true);
        _watcher = new SiteWatcher(options.SourceDir);
    }

    /// <summary>The address the site is served at, e.g. <c>http://127.0.0.1:8080/</c> (with the base path).</summary>
    public string Url => $"http://{(_options.Host.Contains(':') ? $"[{_options.Host}]" : _options.Host)}:{_options.Port}{_state.BasePath}";

    /// <summary>What the preview shows now.</summary>
    public PreviewState State => _state;

    /// <summary>The open pages' event streams.</summary>
    internal ReloadHub Hub => _hub;

    /// <summary>The build options serve uses: the site's own output folder and base URL, so the files are what <c>build</c> writes.</summary>
    public BuildOptions BuildOptions => new(_options.SourceDir, Drafts: _options.Drafts) { GitDates = _options.GitDates };

    /// <summary>Runs until <paramref name="cancellation"/> fires (Ctrl+C); returns the exit code.</summary>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (!TryParseHost(options.Host, out _))
        {
            await stderr.WriteLineAsync($"error: --host must be an IP address such as 127.0.0.1 or ::1, or 'localhost'; got '{options.Host}'");
            return CliApp.UsageExitCode;
        }
        if (!Directory.Exists(options.SourceDir))
        {
            await stderr.WriteLineAsync($"error: the site folder {Path.GetFullPath(options.SourceDir)} does not exist; pass --source DIR");
            return CliApp.UsageExitCode;
        }
        await using var session = await StartAsync(options, stdout, stderr);
        if (session is null) return CliApp.UsageExitCode;
        // Ctrl+C and SIGTERM reach either the command line or the web host, depending on who registered first.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, session._server!.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            await stdout.WriteLineAsync("Stopped.");
        }
        return 0;
    }

    /// <summary>Builds, starts serving and watching; null (after printing why) when the site or the port cannot be used.</summary>
    public static async Task<PreviewSession?> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        var session = new PreviewSession(options, stdout, stderr);
        var first = session.Rebuild(null);
        if (first.Build.Diagnostics.Any(d => d.Descriptor == DiagnosticCodes.SiteConfigMissing || d.Descriptor == DiagnosticCodes.UsageError))
        {
            await session.DisposeAsync();
            return null;
        }
        TryParseHost(options.Host, out var address);
        try
        {
            session._server = await PreviewServer.StartAsync(address, options.Port, session.BuildOptions.ResolvedOutputDir, () => session._state, session._hub);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            await stderr.WriteLineAsync($"error: cannot listen on {options.Host}:{options.Port} ({e.Message}); choose another --port");
            await session.DisposeAsync();
            return null;
        }
        session._rebuilds = Task.Run(() => session.RebuildLoopAsync(session._stopping.Token));
        if (!IPAddress.IsLoopback(address))
            await stderr.WriteLineAsync($"warning: --host {options.Host} lets other computers on the network see the site, drafts included");
        await stdout.WriteLineAsync($"Serving {Path.GetFullPath(options.SourceDir)} at {session.Url} (Ctrl+C to stop)");
        return session;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _rebuilds.ContinueWith(_ => { }, TaskScheduler.Default);
        if (_server is not null) await _server.DisposeAsync();
        _watcher.Dispose();
        _stopping.Dispose();
    }

    private async Task RebuildLoopAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            IReadOnlyCollection<string>? changed;
            try
            {
                changed = await _watcher.NextBurstAsync(_options.Debounce, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                RebuildAndNotify(changed);
            }
            catch (Exception e)
            {
                // The server must outlive any one rebuild; the next change tries again.
                await _stderr.WriteLineAsync($"error: the rebuild stopped ({e.GetType().Name}: {e.Message}); save a file to try again");
            }
        }
    }

    private void RebuildAndNotify(IReadOnlyCollection<string>? changed)
    {
        var wasFailed = _state.Failed;
        var result = Rebuild(changed);
        if (result.Written.Count > 0 || wasFailed || _state.Failed) _hub.Reload(_state.Build, _state.FinishedAt);
        // Held-back outputs wait while more changes are queued: the next build would replace them anyway.
        if (result.Build.Succeeded && !_watcher.HasChanges) CompleteDeferred();
        // The search index leaves the young generations full; collecting them now, while nobody waits, spares the
        // next rebuild a collection of its own (30-50 ms with a 10,000-page site in memory).
        if (!_watcher.HasChanges) GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }

    private void CompleteDeferred()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var written = _builder.CompleteDeferred();
        _hub.Complete(_state.Build, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        if (written.Count > 0)
            _stdout.WriteLine($"Build {_state.Build}: {string.Join(", ", written)} updated in {DurationText.Milliseconds(stopwatch.Elapsed)} ms");
    }

    private IncrementalBuildResult Rebuild(IReadOnlyCollection<string>? changed)
    {
        var result = _builder.Rebuild(changed);
        var build = result.Build;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _state = build.Succeeded
            ? new PreviewState(_state.Build + 1, [], build.BasePath!, DraftPages(build), now)
            : _state with { Build = _state.Build + 1, Problems = build.Diagnostics, FinishedAt = now };
        Report(result, changed);
        return result;
    }

    private void Report(IncrementalBuildResult result, IReadOnlyCollection<string>? changed)
    {
        var build = result.Build;
        if (!build.Diagnostics.SequenceEqual(_printed))
        {
            if (build.Diagnostics.Count > 0) DiagnosticPrinter.Print(build.Diagnostics, build.FilesChecked, DiagnosticPrinter.DefaultFormat(), _stderr);
            _printed = build.Diagnostics;
        }
        var ms = DurationText.Milliseconds(result.Elapsed);
        var what = changed is null || changed.Count == 0 ? "" : $" after changes to {string.Join(", ", changed.Order(StringComparer.Ordinal).Take(3))}{(changed.Count > 3 ? ", ..." : "")}";
        if (!build.Succeeded)
            _stderr.WriteLine($"Build {_state.Build} failed in {ms} ms{what}{(_state.Build > 1 ? "; still serving the last good output" : "")}.");
        else
        {
            _stdout.WriteLine($"Build {_state.Build}: {build.PageCount} pages, {result.PagesRendered} rendered, {result.Written.Count} files written in {ms} ms{what}");
            if (_options.Verbose) _stdout.WriteLine("  " + string.Join(", ", build.Timings.Select(t => $"{t.Stage} {DurationText.Milliseconds(t.Elapsed)} ms")));
        }
        _stdout.Flush();
    }

    private static HashSet<string> DraftPages(BuildResult build) =>
        build.DraftSitePaths.Select(PageRendering.IndexPath).ToHashSet(StringComparer.Ordinal);

    private static bool TryParseHost(string host, out IPAddress address)
    {
        if (host == "localhost")
        {
            address = IPAddress.Loopback;
            return true;
        }
        return IPAddress.TryParse(host, out address!);
    }
}
