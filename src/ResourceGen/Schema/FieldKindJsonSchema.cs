using System.Text.Json.Nodes;

namespace ResourceGen.Schema;

/// <summary>
/// The JSON Schema (draft-07) of each <see cref="FieldKind"/>: it accepts what the kind's <c>Read</c> accepts, as far as
/// JSON Schema can say it, so an editor flags the values <c>check</c> reports as errors.
/// </summary>
internal static class FieldKindJsonSchema
{
    /// <summary>A date YYYY-MM-DD that exists on the calendar (29 February only in leap years).</summary>
    public const string DatePattern =
        "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))" +
        "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$";

    /// <summary>The oldest age an age range may name, as <see cref="AgeRangeField"/> allows.</summary>
    public const int MaxAge = 120;

    private static readonly string[] ScalarTypes = ["string", "number", "boolean"];

    /// <summary>The schema of <paramref name="kind"/>'s values.</summary>
    public static JsonObject For(FieldKind kind) => kind switch
    {
        TextField => new() { ["type"] = Types(ScalarTypes) },
        TextListField => new() { ["type"] = Types(["array", .. ScalarTypes]), ["items"] = new JsonObject { ["type"] = Types(ScalarTypes), ["pattern"] = @"\S", ["patternErrorMessage"] = "Remove the empty item, or write its value." } },
        ChoiceField { Multiple: true } choice => new()
        {
            ["anyOf"] = new JsonArray(Enum(choice.Allowed), new JsonObject { ["type"] = "array", ["items"] = Enum(choice.Allowed) }),
        },
        ChoiceField choice => Enum(choice.Allowed),
        DateField => new() { ["type"] = "string", ["pattern"] = DatePattern, ["patternErrorMessage"] = "Write a real date as YYYY-MM-DD, e.g. 2026-03-14." },
        IntegerField integer => Integer(integer),
        BooleanField => new()
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "boolean" },
                new JsonObject { ["type"] = "string", ["pattern"] = $@"^\s*(?:{string.Join('|', new[] { "true", "false", "yes", "no", "on", "off" }.Select(AnyCase))})\s*$" }),
        },
        SlugField => new() { ["type"] = "string", ["pattern"] = @"^\s*[a-z0-9-]+\s*$", ["patternErrorMessage"] = "Use lowercase letters a-z, digits and '-' only." },
        AgeRangeField => new()
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = MaxAge },
                new JsonObject { ["type"] = "string", ["pattern"] = AgeRangePattern(), ["patternErrorMessage"] = "Write the ages in years as \"min-max\", smaller first, e.g. \"3-6\"." }),
        },
        _ => throw new NotSupportedException($"no JSON Schema for {kind.GetType().Name}"),
    };

    /// <summary>The same schema, also accepting null (an empty value, which check skips for keys that are not required).</summary>
    public static JsonObject AllowNull(JsonObject schema)
    {
        if (schema["anyOf"] is JsonArray anyOf) anyOf.Add(new JsonObject { ["type"] = "null" });
        else if (schema["enum"] is JsonArray values) values.Add(null);
        else if (schema["type"] is JsonArray types) types.Add("null");
        else if (schema["type"] is JsonValue type) schema["type"] = Types([type.GetValue<string>(), "null"]);
        return schema;
    }

    // A number, or text that reads as one: the positive numbers as the pattern they always had, other bounds in words of
    // digits that the integer schema's minimum and maximum then check.
    private static JsonObject Integer(IntegerField kind)
    {
        var number = new JsonObject { ["type"] = "integer" };
        if (kind.Min is { } min) number["minimum"] = min;
        if (kind.Max is { } max) number["maximum"] = max;
        var text = kind is { Min: 1, Max: null } ? @"^\s*\+?0*[1-9][0-9]{0,8}\s*$"
            : kind is { Min: >= 0, Max: { } top } && top >= kind.Min ? $@"^\s*\+?0*(?:{NumberRangePattern.Between(kind.Min.Value, top)})\s*$"
            : @"^\s*[+-]?[0-9]{1,9}\s*$";
        return new JsonObject { ["anyOf"] = new JsonArray(number, new JsonObject { ["type"] = "string", ["pattern"] = text }) };
    }

    /// <summary>"min-max" or one age, each 0 to <see cref="MaxAge"/>, min no larger than max, as <see cref="AgeRangeField"/> reads it.</summary>
    private static string AgeRangePattern()
    {
        var ranges = Enumerable.Range(0, MaxAge + 1).Select(min => $"{min} *[-\u2013] *0*{NumberRangePattern.Between(min, MaxAge)}");
        return $"^ *0*(?:{string.Join('|', ranges)}|{NumberRangePattern.Between(0, MaxAge)}) *$";
    }

    private static JsonObject Enum(IEnumerable<string?> values) => new() { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode?)v)]) };

    private static JsonArray Types(IEnumerable<string> types) => new([.. types.Select(t => (JsonNode)t)]);

    private static string AnyCase(string word) => string.Concat(word.Select(c => $"[{c}{char.ToUpperInvariant(c)}]"));
}
