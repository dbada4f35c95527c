namespace ResourceGen.Schema;

/// <summary>A tag of the site's tag vocabulary.</summary>
/// <param name="Name">The tag as written in <c>site.yml</c>.</param>
/// <param name="Description">What the tag covers, for tag pages.</param>
internal sealed record TagDefinition(string Name, string Description);

/// <summary>The site owner's additions to the content schema, from the <c>schema:</c> section of <c>site.yml</c>.</summary>
internal sealed record SchemaSettings
{
    /// <summary>The site's content types: the built-in ones and those of <c>types:</c> in site.yml.</summary>
    public ContentTypes Types { get; init; } = ContentTypes.BuiltIn;

    /// <summary>Extra required keys by type name, e.g. <c>article: [summary]</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Required { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The site's own front-matter keys, which get no unknown-key warning.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>The tag vocabulary by tag slug, or null when the site does not declare one (any tag is then allowed).</summary>
    public IReadOnlyDictionary<string, TagDefinition>? Tags { get; init; }

    /// <summary>The keys a page of <paramref name="type"/> must have on this site: the type's own and those of <see cref="Required"/>, in the type's key order.</summary>
    public IReadOnlyList<string> RequiredKeys(ContentType type)
    {
        var siteRequired = Required.GetValueOrDefault(type.Name) ?? [];
        return type.Fields.Where(f => f.Required || siteRequired.Contains(f.Key)).Select(f => f.Key).ToList();
    }
}
