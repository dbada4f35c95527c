namespace ResourceGen.Schema;

/// <summary>A content type as written under <c>types:</c> (site.yml, or the built-in <c>BuiltInTypes.yml</c>), before the common keys are added.</summary>
/// <param name="Name">The type's key, e.g. <c>handout</c>.</param>
/// <param name="Folder">The folder under <c>content/</c> and the list's URL segment.</param>
/// <param name="SingularTitle">The <c>name</c>: singular, for cards and search facets.</param>
/// <param name="Title">The <c>title</c>: plural, for the list page.</param>
/// <param name="Fields">The fields as written: the type's own, and common keys it changes.</param>
/// <param name="Features">The features it turns on.</param>
internal sealed record ContentTypeDefinition(string Name, string Folder, string SingularTitle, string Title, IReadOnlyList<FieldDefinition> Fields, IReadOnlyList<TypeFeature> Features);

/// <summary>One field of a <see cref="ContentTypeDefinition"/>.</summary>
/// <param name="Key">The front-matter key.</param>
/// <param name="Kind">How its value is read; null for a common key, which keeps its own kind.</param>
/// <param name="Required">True when a page of the type must have it.</param>
/// <param name="Description">What it means, for the JSON Schema and new resources; null keeps a common key's own.</param>
internal sealed record FieldDefinition(string Key, FieldKind? Kind, bool Required, string? Description);
