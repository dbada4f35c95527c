namespace ResourceGen.Schema;

/// <summary>One front-matter key a content type knows: its kind and whether it must be present.</summary>
/// <param name="Key">The key as written in front matter.</param>
/// <param name="Kind">How its value is read and checked.</param>
/// <param name="Required">True when a page of the type must have it.</param>
/// <param name="Description">What the key means, in plain words, for editors' hover help and the JSON Schema.</param>
internal sealed record FieldRule(string Key, FieldKind Kind, bool Required = false, string Description = "")
{
    /// <summary>The kind's name as a type definition writes it (<c>integer</c>, <c>age_range</c> ...), for templates.</summary>
    public string KindName => FieldKinds.NameOf(Kind);
}
