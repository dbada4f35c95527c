using ResourceGen.Diagnostics;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>One value from a fixed set, or (with <see cref="Multiple"/>) a list of them.</summary>
/// <param name="allowed">The values allowed, in the order messages list them.</param>
internal sealed class ChoiceField(params string[] allowed) : FieldKind
{
    /// <summary>The values allowed.</summary>
    public IReadOnlyList<string> Allowed { get; } = allowed;

    /// <summary>True when the key takes a list of values.</summary>
    public bool Multiple { get; init; }

    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        if (!Multiple) return Check(ScalarText(node, context, "one value"), node, context);
        if (new TextListField().Read(node, context) is not IReadOnlyList<string> values) return null;
        var nodes = node is YamlSequenceNode sequence ? sequence.Children.ToList() : [node];
        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (Check(values[i], nodes[Math.Min(i, nodes.Count - 1)], context) is string value && !result.Contains(value)) result.Add(value);
        }
        return result.Count == values.Count ? result : null;
    }

    /// <inheritdoc />
    protected override bool SameSettings(FieldKind other) => other is ChoiceField choice && choice.Multiple == Multiple && choice.Allowed.SequenceEqual(Allowed, StringComparer.Ordinal);

    private string? Check(string? value, YamlNode node, FieldReadContext context)
    {
        if (value is null) return null;
        if (Allowed.Contains(value)) return value;
        context.Error(DiagnosticCodes.ValueNotAllowed, node,
            $"'{context.Key}' value '{value}' is not one of {string.Join(", ", Allowed)}{SpellingSuggester.Hint(value, Allowed)}");
        return null;
    }
}
