using System.Diagnostics;
using ResourceGen.Diagnostics;

namespace ResourceGen.Incremental;

/// <summary>
/// Builds a site again and again as its files change (what <c>serve</c> runs): each build reuses what the last one
/// left (<see cref="BuildCache"/>), and a successful build updates the output folder by writing only the files
/// whose bytes changed. A failed build writes nothing, so the last good output stays. Not for concurrent use.
/// </summary>
/// <param name="options">What to build and where.</param>
/// <param name="deferSlowOutputs">Leave deferrable outputs (the search index) to <see cref="CompleteDeferred"/>.</param>
public sealed class IncrementalSiteBuilder(BuildOptions options, bool deferSlowOutputs = false)
{
    private readonly BuildCache _cache = new() { DeferSlowOutputs = deferSlowOutputs };
    private readonly OutputSync _output = new(options.ResolvedOutputDir);

    /// <summary>
    /// Builds. <paramref name="changedPaths"/> (relative to the site folder) are every file that changed since the
    /// last build, as a file watcher reports them; null when that is not known, so every file is checked.
    /// </summary>
    public IncrementalBuildResult Rebuild(IEnumerable<string>? changedPaths)
    {
        var stopwatch = Stopwatch.StartNew();
        _cache.Changed(changedPaths);
        var result = SiteBuilder.Check(options, _cache);
        if (!result.Succeeded)
        {
            _cache.Deferred.Discard();
            return new IncrementalBuildResult(result, [], _cache.PagesRendered, stopwatch.Elapsed);
        }
        try
        {
            var writing = new StageTimer();
            var written = _output.Write(result.Files);
            writing.Lap("write output");
            result = result with { Timings = [.. result.Timings, .. writing.Timings] };
            return new IncrementalBuildResult(result, written, _cache.PagesRendered, stopwatch.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0, $"cannot write the output: {e.Message}");
            return new IncrementalBuildResult(result with { Diagnostics = diagnostics.Sorted(), Files = [] }, [], _cache.PagesRendered, stopwatch.Elapsed);
        }
    }

    /// <summary>
    /// Makes and writes the outputs the last successful <see cref="Rebuild"/> held back; returns the paths written
    /// (none when nothing was held back or nothing changed).
    /// </summary>
    public IReadOnlyList<string> CompleteDeferred()
    {
        var files = _cache.Deferred.RunPending();
        return files is null ? [] : _output.Update(files);
    }
}
