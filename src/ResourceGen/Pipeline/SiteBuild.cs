using ResourceGen.Diagnostics;
using ResourceGen.Model;
using ResourceGen.Output;

namespace ResourceGen.Pipeline;

/// <summary>What one build found and made: no files when it found an error.</summary>
/// <param name="Diagnostics">Every problem, sorted.</param>
/// <param name="Files">The output files.</param>
/// <param name="Model">The site model, when the settings could be read.</param>
/// <param name="FilesChecked">How many content files were read and checked.</param>
/// <param name="Timings">How long each part took.</param>
internal sealed record SiteBuild(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, SiteModel? Model, int FilesChecked, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>How many HTML pages were rendered rather than reused.</summary>
    public int PagesRendered { get; init; }

    /// <summary>How many resources were built, in every language.</summary>
    public int PageCount { get; init; }

    /// <summary>The site paths of the drafts built, in every language.</summary>
    public IReadOnlyList<string> DraftSitePaths { get; init; } = [];

    /// <summary>True when no problem is an error.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
