namespace ResourceGen.Schema;

/// <summary>The field kinds a type definition names (<c>kind: integer</c>), and the name of each <see cref="FieldKind"/>.</summary>
internal static class FieldKinds
{
    /// <summary>The kinds a type's own field may have, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<string> Names = ["text", "list", "integer", "boolean", "date", "choice", "age_range"];

    /// <summary>The kind's name as a type definition writes it.</summary>
    public static string NameOf(FieldKind kind) => kind switch
    {
        TextField => "text",
        TextListField => "list",
        IntegerField => "integer",
        BooleanField => "boolean",
        DateField => "date",
        ChoiceField => "choice",
        AgeRangeField => "age_range",
        SlugField => "slug",
        _ => throw new NotSupportedException($"no name for {kind.GetType().Name}"),
    };

    /// <summary>A value of the kind that <c>check</c> accepts, as YAML, for a new resource's front matter.</summary>
    public static string Example(FieldKind kind) => kind switch
    {
        TextListField => "[]",
        IntegerField integer => $"{integer.Min ?? Math.Min(0, integer.Max ?? 0)}",
        BooleanField => "false",
        DateField => "2026-03-14",
        ChoiceField choice => choice.Multiple ? $"[{choice.Allowed[0]}]" : choice.Allowed[0],
        AgeRangeField => "\"3-6\"",
        _ => "\"...\"",
    };

    /// <summary>What a value of the kind looks like, in words, for a new resource's comments.</summary>
    public static string Hint(FieldKind kind) => kind switch
    {
        TextListField => "a list: [first, second]",
        IntegerField { Min: { } min, Max: { } max } => $"a whole number from {min} to {max}",
        IntegerField { Min: { } min } => $"a whole number, {min} or more",
        IntegerField { Max: { } max } => $"a whole number, {max} or less",
        IntegerField => "a whole number",
        BooleanField => "true or false",
        DateField => "a date, YYYY-MM-DD",
        ChoiceField choice => $"one of {string.Join(", ", choice.Allowed)}",
        AgeRangeField => "ages in years, in quotes, smaller first: \"3-6\"",
        _ => "text",
    };
}
