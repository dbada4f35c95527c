using ResourceGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A list of short texts; a single value counts as a one-item list.</summary>
internal sealed class TextListField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        if (node is YamlScalarNode scalar)
            return string.IsNullOrWhiteSpace(scalar.Value) ? Array.Empty<string>() : new[] { scalar.Value.Trim() };
        if (node is not YamlSequenceNode sequence)
        {
            context.WrongType(node, "a list");
            return null;
        }
        var items = new List<string>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            if (child is not YamlScalarNode item)
            {
                context.WrongType(child, "a list of single values (one '- item' per line)");
                return null;
            }
            if (string.IsNullOrWhiteSpace(item.Value))
            {
                context.Error(DiagnosticCodes.EmptyListItem, item,
                    $"'{context.Key}' has an empty item here; remove it (a '-' with nothing after it, or \"\" between commas), or write the value it should hold");
                return null;
            }
            items.Add(item.Value.Trim());
        }
        return items;
    }
}
