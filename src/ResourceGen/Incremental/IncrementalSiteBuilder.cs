using System.Diagnostics;
using ResourceGen.Diagnostics;
using ResourceGen.Pipeline;

namespace ResourceGen.Incremental;

/// <summary>
/// Builds a site again and again as its files change (what <c>serve</c> runs): it keeps one pipeline, sets the
/// files that changed and asks again, so only what the change reaches is computed; a successful build updates the
/// output folder by writing only the files whose bytes changed. A failed build writes nothing, so the last good
/// output stays. Not for concurrent use.
/// </summary>
public sealed class IncrementalSiteBuilder
{
    private readonly SiteOptions _options;
    private SitePipeline _pipeline;
    private readonly OutputSync _output;
    private readonly bool _deferSlowOutputs;
    private bool _read;

    /// <summary>A builder of the site that <paramref name="options"/> name.</summary>
    /// <param name="options">What to build and where.</param>
    /// <param name="deferSlowOutputs">Leave deferrable outputs (the search index) to <see cref="CompleteDeferred"/>.</param>
    public IncrementalSiteBuilder(BuildOptions options, bool deferSlowOutputs = false)
    {
        _options = options.ToSiteOptions();
        _pipeline = new SitePipeline(_options, keepsHistory: true);
        _output = new OutputSync(options.ResolvedOutputDir);
        _deferSlowOutputs = deferSlowOutputs;
    }

    /// <summary>
    /// Builds. <paramref name="changedPaths"/> (relative to the site folder) are every file that changed since the
    /// last build, as a file watcher reports them; null when that is not known, so every file is read again.
    /// </summary>
    public IncrementalBuildResult Rebuild(IEnumerable<string>? changedPaths)
    {
        var stopwatch = Stopwatch.StartNew();
        var rendered = 0;
        var result = SiteBuilder.Guarded(_ =>
        {
            if (changedPaths is null || !_read) _pipeline.Sources.ReadAll();
            else _pipeline.Sources.ReadChanged(changedPaths);
            _read = true;
            var build = _pipeline.Build(holdBack: _deferSlowOutputs);
            rendered = build.PagesRendered;
            return BuildResult.From(build);
        });
        // After a crash, what the store holds is not trusted: the next build starts from an empty one.
        if (result.Diagnostics.Any(d => d.Descriptor == DiagnosticCodes.InternalError || d.Descriptor == DiagnosticCodes.UsageError))
        {
            _pipeline = new SitePipeline(_options, keepsHistory: true);
            _read = false;
        }
        if (!result.Succeeded) return new IncrementalBuildResult(result, [], rendered, stopwatch.Elapsed);
        try
        {
            var writing = new StageTimer();
            var written = _output.Write(result.Files);
            writing.Lap("write output");
            result = result with { Timings = [.. result.Timings, .. writing.Timings] };
            return new IncrementalBuildResult(result, written, rendered, stopwatch.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0, $"cannot write the output: {e.Message}");
            return new IncrementalBuildResult(result with { Diagnostics = diagnostics.Sorted(), Files = [] }, [], rendered, stopwatch.Elapsed);
        }
    }

    /// <summary>
    /// Makes and writes the outputs the last successful <see cref="Rebuild"/> held back; returns the paths written
    /// (none when nothing was held back or nothing changed).
    /// </summary>
    public IReadOnlyList<string> CompleteDeferred()
    {
        var (previous, files) = _pipeline.CompleteHeldBack();
        return files.Count == 0 ? [] : _output.Replace(previous, files);
    }
}
