using System.Globalization;
using ResourceGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>An age range in years written "min-max" (or a single age).</summary>
internal sealed class AgeRangeField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        var text = ScalarText(node, context, "an age range like \"3-6\"");
        if (text is null) return null;
        var parts = text.Replace('\u2013', '-').Replace(" ", "").Split('-');
        if (parts.Length is 1 or 2 && parts.All(IsAge))
        {
            var min = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var max = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            if (min <= max) return new AgeRange(min, max);
            context.Error(DiagnosticCodes.InvalidAgeRange, node, $"'{context.Key}' starts at {min} but ends at {max}; write the smaller age first, e.g. \"{max}-{min}\"");
            return null;
        }
        context.Error(DiagnosticCodes.InvalidAgeRange, node, $"'{context.Key}' must be a range of years like \"3-6\", got '{text}'");
        return null;
    }

    private static bool IsAge(string part) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 120;
}
