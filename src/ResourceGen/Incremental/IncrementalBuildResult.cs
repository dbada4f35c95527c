namespace ResourceGen.Incremental;

/// <summary>The outcome of one <see cref="IncrementalSiteBuilder.Rebuild"/>.</summary>
/// <param name="Build">The build, with its diagnostics and files.</param>
/// <param name="Written">Output paths written or deleted; empty when the build failed.</param>
/// <param name="PagesRendered">HTML pages rendered rather than reused.</param>
/// <param name="Elapsed">Time from the start of the build to the last file written.</param>
public sealed record IncrementalBuildResult(BuildResult Build, IReadOnlyList<string> Written, int PagesRendered, TimeSpan Elapsed);
