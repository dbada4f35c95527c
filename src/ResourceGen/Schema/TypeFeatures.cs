namespace ResourceGen.Schema;

/// <summary>Every feature a content type can turn on, by name; adding a feature means adding it here.</summary>
internal static class TypeFeatures
{
    /// <summary>All features, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<TypeFeature> All =
    [
        new PrintFeature(),
        new ChecklistFeature(),
        new HowToFeature(),
        new ActivityFilterFeature(),
        new ReadingTimeFeature(),
        new ArticleDataFeature(),
    ];

    /// <summary>The feature named <paramref name="name"/>, or null.</summary>
    public static TypeFeature? ByName(string name) => All.FirstOrDefault(f => f.Name == name);
}
