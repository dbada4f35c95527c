using ResourceGen.Diagnostics;

namespace ResourceGen.Cli.Serve;

/// <summary>What the preview shows after a build: the problems of the last build (none when it succeeded) and where pages are.</summary>
/// <param name="Build">Counts builds from 1; a page compares it with the number it was served with.</param>
/// <param name="Problems">The diagnostics of the last build when it failed; empty when it succeeded.</param>
/// <param name="BasePath">The site's base path (<c>/</c> or e.g. <c>/library/</c>), from the last good build.</param>
/// <param name="DraftPages">Output paths of draft pages (only with <c>--drafts</c>).</param>
/// <param name="FinishedAt">When the build's files were written, in Unix milliseconds.</param>
public sealed record PreviewState(int Build, IReadOnlyList<Diagnostic> Problems, string BasePath, IReadOnlySet<string> DraftPages, long FinishedAt)
{
    /// <summary>The state before the first build.</summary>
    public static readonly PreviewState Initial = new(0, [], "/", new HashSet<string>(), 0);

    /// <summary>True when the last build failed and its problems are shown over every page.</summary>
    public bool Failed => Problems.Count > 0;
}
