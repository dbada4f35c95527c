using System.Globalization;
using ResourceGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A calendar date written YYYY-MM-DD.</summary>
internal sealed class DateField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        var text = ScalarText(node, context, "a date like 2026-03-14");
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        context.Error(DiagnosticCodes.InvalidDate, node, $"'{context.Key}' must be a date written YYYY-MM-DD, e.g. 2026-03-14, got '{text}'");
        return null;
    }
}
