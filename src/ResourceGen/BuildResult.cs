using ResourceGen.Diagnostics;
using ResourceGen.Output;

namespace ResourceGen;

/// <summary>The outcome of a build.</summary>
/// <param name="Diagnostics">Every problem found, sorted by file and line.</param>
/// <param name="Files">The output files, or empty when the build failed.</param>
/// <param name="PageCount">Resources built.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, int PageCount)
{
    /// <summary>How many content files were checked.</summary>
    public int FilesChecked { get; init; }

    /// <summary>The site as data, or null when the build failed.</summary>
    internal Model.SiteModel? Model { get; init; }

    /// <summary>The path every URL of the site starts with (<c>/</c>, or <c>/lib/</c> under a sub-path); null when the build failed.</summary>
    public string? BasePath => Model?.Config.BasePath;

    /// <summary>The site paths of the draft pages built (<c>/articles/x/</c>); none when the build failed.</summary>
    public IEnumerable<string> DraftSitePaths { get; init; } = [];

    /// <summary>Time taken by each stage, in order.</summary>
    public IReadOnlyList<Pipeline.StageTiming> Timings { get; init; } = [];

    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The process exit code: 0 built, 1 content errors, 2 configuration or usage errors, 3 internal error.</summary>
    public int ExitCode
    {
        get
        {
            var errors = Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count == 0) return 0;
            if (errors.Any(d => d.Descriptor.Category == DiagnosticCategory.Internal)) return 3;
            return errors.Any(d => d.Descriptor.Category == DiagnosticCategory.Configuration) ? 2 : 1;
        }
    }

    /// <summary>The result of a pipeline's build.</summary>
    internal static BuildResult From(Pipeline.SiteBuild build) =>
        new(build.Diagnostics, build.Files, build.Succeeded ? build.PageCount : 0)
        {
            FilesChecked = build.FilesChecked,
            Model = build.Succeeded ? build.Model : null,
            Timings = build.Timings,
            DraftSitePaths = build.Succeeded ? build.DraftSitePaths : [],
        };
}
