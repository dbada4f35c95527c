using System.Globalization;
using ResourceGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A whole number, optionally at least <see cref="Min"/> and at most <see cref="Max"/> (minutes, a part number).</summary>
/// <param name="min">The smallest value allowed, or null for no lower bound.</param>
/// <param name="max">The largest value allowed, or null for no upper bound.</param>
internal sealed class IntegerField(int? min = null, int? max = null) : FieldKind
{
    /// <summary>The smallest value allowed, or null.</summary>
    public int? Min { get; } = min;

    /// <summary>The largest value allowed, or null.</summary>
    public int? Max { get; } = max;

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
        if ((Min is null || value >= Min) && (Max is null || value <= Max)) return value;
        context.Error(DiagnosticCodes.NumberOutOfRange, node, $"'{context.Key}' must be {Range()}, got {value}");
        return null;
    }

    /// <inheritdoc />
    protected override bool SameSettings(FieldKind other) => other is IntegerField integer && integer.Min == Min && integer.Max == Max;

    private string Range() => (Min, Max) switch
    {
        ({ } low, { } high) => $"from {low} to {high}",
        ({ } low, null) => $"{low} or more",
        (null, { } high) => $"{high} or less",
        _ => "a whole number",
    };
}
