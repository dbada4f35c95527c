using ResourceGen.Content;

namespace ResourceGen.Configuration;

/// <summary>
/// The limits of <c>site.yml</c>'s <c>limits:</c> block: past each, a build stops with an error instead of working on
/// without end. The defaults are far above what a hand-written library needs.
/// </summary>
internal sealed record SiteLimits
{
    /// <summary>How large one file's front matter may be, and how deep, aliased and large its YAML.</summary>
    public FrontMatterLimits FrontMatter { get; init; } = FrontMatterLimits.Default;

    /// <summary>The most files the folders a build reads may hold together.</summary>
    public int MaxFiles { get; init; } = 100_000;

    /// <summary>The largest total size of the output, in bytes.</summary>
    public long MaxOutputSize { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The limits of a site that sets none.</summary>
    public static SiteLimits Default { get; } = new();
}
