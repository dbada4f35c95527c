using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Yaml;

/// <summary>Converts YAML nodes to plain .NET values (string, bool, long, double, lists, dictionaries) for templates.</summary>
internal static class YamlValue
{
    /// <summary>The plain value of <paramref name="node"/>, following YAML's core schema for unquoted scalars.</summary>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ScalarToPlain(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => ToDictionary(mapping),
        _ => null,
    };

    /// <summary>A mapping as an ordinal dictionary of plain values; non-scalar keys are skipped.</summary>
    public static Dictionary<string, object?> ToDictionary(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) result[name] = ToPlain(value);
        }
        return result;
    }

    /// <summary>True for a plain (unquoted) scalar that YAML reads as null: empty, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    private static object? ScalarToPlain(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return text;
        if (IsNull(scalar)) return null;
        if (text is "true" or "True" or "TRUE") return true;
        if (text is "false" or "False" or "FALSE") return false;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && text.Any(char.IsDigit)) return number;
        return text;
    }
}
