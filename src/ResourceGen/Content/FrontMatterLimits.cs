using ResourceGen.Yaml;

namespace ResourceGen.Content;

/// <summary>How large and how deeply structured one file's front matter may be.</summary>
/// <param name="MaxSize">The front matter's size in UTF-16 characters (close to bytes for most text).</param>
/// <param name="Yaml">The limits on its YAML structure.</param>
internal sealed record FrontMatterLimits(long MaxSize, YamlLimits Yaml)
{
    /// <summary>The default largest front matter, 64 KiB.</summary>
    public const long DefaultMaxSize = 64 * 1024;

    /// <summary>The limits of a site that sets none.</summary>
    public static FrontMatterLimits Default { get; } = new(DefaultMaxSize, YamlLimits.Default);
}
