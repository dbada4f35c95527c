using ResourceGen.Diagnostics;
using ResourceGen.Output;
using ResourceGen.Pipeline;

namespace ResourceGen;

/// <summary>
/// Builds a site once: reads its files, asks the build's queries (<see cref="SitePipeline"/>) for the whole site,
/// and writes the output when there is no error. Every stage adds its problems to the result; a file with errors is
/// left out of the later stages while the other files go on, so one run reports every problem.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds and, when there is no error, writes the site. Never throws: a crash becomes an RG9999 error.</summary>
    public static BuildResult Run(BuildOptions options) => Guarded(diagnostics =>
    {
        var result = Build(options, diagnostics);
        if (!result.Succeeded) return result;
        var timer = new StageTimer();
        OutputWriter.Write(result.Files, options.ResolvedOutputDir);
        timer.Lap("write output");
        return result with { Timings = [.. result.Timings, .. timer.Timings] };
    });

    /// <summary>Runs every check of a build and writes nothing. Never throws: a crash becomes an RG9999 error.</summary>
    public static BuildResult Check(BuildOptions options) => Guarded(diagnostics => Build(options, diagnostics));

    /// <summary>Builds the site in memory without writing anything; its problems are also added to <paramref name="diagnostics"/>.</summary>
    public static BuildResult Build(BuildOptions options, DiagnosticBag diagnostics)
    {
        var pipeline = new SitePipeline(options.ToSiteOptions(), keepsHistory: false);
        pipeline.Sources.ReadAll();
        var result = BuildResult.From(pipeline.Build(holdBack: false));
        diagnostics.AddRange(result.Diagnostics);
        return result;
    }

    /// <summary>Runs <paramref name="build"/>, turning a crash or an unreadable file into a diagnostic.</summary>
    internal static BuildResult Guarded(Func<DiagnosticBag, BuildResult> build)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            return build(diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0, $"cannot read or write files: {e.Message}");
        }
        catch (Exception e)
        {
            var where = e.StackTrace?.Split('\n')[0].Trim();
            var message = $"internal error ({e.GetType().Name}: {e.Message} {where}); nothing was written, please report this";
            diagnostics.Error(DiagnosticCodes.InternalError, "", 0, 0, string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        }
        return new BuildResult(diagnostics.Sorted(), [], 0);
    }
}
