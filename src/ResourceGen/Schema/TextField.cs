using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A single line or paragraph of text.</summary>
internal sealed class TextField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        var text = ScalarText(node, context, "text")?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
