namespace ResourceGen.Configuration;

/// <summary>How the search index is built, from the <c>search:</c> section of <c>site.yml</c>.</summary>
internal sealed record SearchSettings
{
    /// <summary>The indexed fields, in index order, with their default boosts.</summary>
    public static readonly IReadOnlyDictionary<string, double> DefaultBoosts = new Dictionary<string, double>
    {
        ["title"] = 10,
        ["tags"] = 5,
        ["summary"] = 2,
        ["body"] = 1,
    };

    /// <summary>The boost of each indexed field.</summary>
    public IReadOnlyDictionary<string, double> Boosts { get; init; } = DefaultBoosts;

    /// <summary>
    /// True (the default) to also write <c>search-index.json</c> and <c>search-docs.json</c> for lunr.js users;
    /// <c>lunr_export: false</c> turns them off. The search page reads only the sharded index.
    /// </summary>
    public bool LunrExport { get; init; } = true;
}
