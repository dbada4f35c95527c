using System.Globalization;
using ResourceGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A whole number of at least 1 (minutes, a part number).</summary>
public sealed class PositiveIntegerField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        var text = ScalarText(node, context, "a whole number");
        if (text is null) return null;
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            context.WrongType(node, "a whole number");
            return null;
        }
        if (value >= 1) return value;
        context.Error(DiagnosticCodes.NumberOutOfRange, node, $"'{context.Key}' must be 1 or more, got {value}");
        return null;
    }
}
