using ResourceGen.Yaml;

namespace ResourceGen.Configuration;

/// <summary>
/// The limits of <c>site.yml</c>'s <c>limits:</c> block: past each, a build stops with an error instead of working on
/// without end. The defaults are far above what a hand-written library needs.
/// </summary>
internal sealed record SiteLimits
{
    /// <summary>The largest front matter of one file, in characters.</summary>
    public long FrontMatterSize { get; init; } = Content.FrontMatterLimits.DefaultMaxSize;

    /// <summary>How deep, how aliased and how large one YAML document may be.</summary>
    public YamlLimits Yaml { get; init; } = YamlLimits.Default;

    /// <summary>The most files the folders a build reads may hold together.</summary>
    public int MaxFiles { get; init; } = 100_000;

    /// <summary>The largest total size of the output, in bytes.</summary>
    public long MaxOutputSize { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The limits of a site that sets none.</summary>
    public static SiteLimits Default { get; } = new();
}
