namespace ResourceGen.Schema;

/// <summary>
/// <c>activity_filter</c>: the list page can narrow its cards by a child's age and a skill, from the pages'
/// <c>age</c> (an age range) and <c>skills</c> (a list) fields.
/// </summary>
internal sealed class ActivityFilterFeature : TypeFeature
{
    /// <inheritdoc />
    public override string Name => "activity_filter";

    /// <inheritdoc />
    public override string Description => "The list page gets a filter by age and skill, from the `age` (age_range) and `skills` (list) fields; cards carry both as data.";

    /// <inheritdoc />
    public override IReadOnlyList<string> SectionFields => ["age", "skills"];

    /// <inheritdoc />
    public override string? Unusable(IReadOnlyList<FieldDefinition> fields) =>
        fields.Any(f => f is { Key: "age", Kind: AgeRangeField } or { Key: "skills", Kind: TextListField }) ? null
            : "needs a field 'age' of kind age_range or 'skills' of kind list to filter by";

    /// <inheritdoc />
    public override object SectionData(IReadOnlyList<IReadOnlyDictionary<string, object?>> pageFields)
    {
        var ages = pageFields.Select(f => f.GetValueOrDefault("age")).OfType<AgeRange>().ToList();
        var skills = pageFields.SelectMany(f => f.GetValueOrDefault("skills") as IReadOnlyList<string> ?? []);
        return new ActivityFilter(
            skills.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            ages.Count == 0 ? [] : Enumerable.Range(ages.Min(a => a.Min), ages.Max(a => a.Max) - ages.Min(a => a.Min) + 1).ToList());
    }
}

/// <summary>What an activity list's filter offers (<c>section.features.activity_filter</c>).</summary>
/// <param name="Skills">Every skill the pages list, in order.</param>
/// <param name="Ages">Every age in years the pages' age ranges span, youngest first.</param>
internal sealed record ActivityFilter(IReadOnlyList<string> Skills, IReadOnlyList<int> Ages);
