using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>true or false.</summary>
internal sealed class BooleanField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        var text = ScalarText(node, context, "true or false");
        switch (text?.Trim().ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                context.WrongType(node, "true or false");
                return null;
        }
    }
}
