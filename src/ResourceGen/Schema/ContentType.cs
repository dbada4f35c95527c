namespace ResourceGen.Schema;

/// <summary>
/// A kind of resource (article, activity guide, checklist, or one a site adds under <c>types:</c> in site.yml): its
/// folder, URL section, template, keys and features.
/// </summary>
/// <param name="Name">The value of the <c>type</c> key, e.g. <c>activity</c>; also the template name.</param>
/// <param name="Section">The folder under <c>content/</c> and the first URL segment, e.g. <c>activities</c>.</param>
/// <param name="Title">Plural name shown to readers, e.g. "Activity guides".</param>
/// <param name="SingularTitle">Singular name shown to readers, e.g. "Activity guide".</param>
/// <param name="Fields">Every key the type knows, common keys included.</param>
internal sealed record ContentType(string Name, string Section, string Title, string SingularTitle, IReadOnlyList<FieldRule> Fields)
{
    /// <summary>The behaviours the type turns on (<c>features:</c>), in the order given.</summary>
    public IReadOnlyList<TypeFeature> Features
    {
        get;
        init
        {
            field = value;
            FeatureFlags = value.ToDictionary(f => f.Name, _ => true, StringComparer.Ordinal);
        }
    } = [];

    /// <summary>The features by name, each as true, for templates (<c>page.features.print</c>).</summary>
    public IReadOnlyDictionary<string, bool> FeatureFlags { get; private init; } = new Dictionary<string, bool>();

    /// <summary>The type's own fields, in order: those that are not <see cref="CommonFields"/>.</summary>
    public IReadOnlyList<FieldRule> OwnFields => Fields.Where(f => !CommonFields.IsCommon(f.Key)).ToList();

    /// <summary>The rule for <paramref name="key"/>, or null when the type does not know it.</summary>
    public FieldRule? Rule(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>Types are equal when every part of their definition is, so two readings of the same site.yml give equal types.</summary>
    public bool Equals(ContentType? other) => ReferenceEquals(this, other) || (other is not null
        && Name == other.Name && Section == other.Section && Title == other.Title && SingularTitle == other.SingularTitle
        && Fields.SequenceEqual(other.Fields) && Features.SequenceEqual(other.Features));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Section);

    /// <summary>True when the type turns on the feature named <paramref name="name"/>.</summary>
    public bool HasFeature(string name) => Features.Any(f => f.Name == name);
}
