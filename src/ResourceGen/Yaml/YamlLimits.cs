namespace ResourceGen.Yaml;

/// <summary>How much structure one YAML document may have before it is refused instead of parsed.</summary>
/// <param name="MaxDepth">Lists and mappings nested in one another, aliases counted as what they repeat.</param>
/// <param name="MaxAliases">Aliases (<c>*name</c>) in the document.</param>
/// <param name="MaxValues">Scalars the document holds once every alias is expanded.</param>
internal sealed record YamlLimits(int MaxDepth, int MaxAliases, long MaxValues)
{
    /// <summary>Generous for any hand-written file, far below what would stall a build.</summary>
    public static YamlLimits Default { get; } = new(32, 1000, 100_000);
}
