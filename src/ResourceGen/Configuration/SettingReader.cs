using System.Globalization;
using ResourceGen.Diagnostics;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Configuration;

/// <summary>Reads typed scalar settings from a <c>site.yml</c> mapping, reporting wrong types at their position.</summary>
internal sealed class SettingReader(YamlMappingNode root, DiagnosticBag diagnostics)
{
    /// <summary>True once a setting had the wrong type.</summary>
    public bool HasErrors { get; private set; }

    public string? String(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlScalarNode scalar) return scalar.Value;
        Report(key, node, "text");
        return null;
    }

    public int? Integer(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        Report(key, node, "a positive whole number");
        return null;
    }

    public (int Line, int Column) Position(string key) =>
        TryGet(key, out var node) ? ((int)node.Start.Line, (int)node.Start.Column) : (1, 1);

    private bool TryGet(string key, out YamlNode node)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out node!) && !YamlValue.IsNull(node)) return true;
        node = null!;
        return false;
    }

    private void Report(string key, YamlNode node, string expected)
    {
        HasErrors = true;
        diagnostics.Error(DiagnosticCodes.SiteConfigValue, SiteConfigLoader.FileName, (int)node.Start.Line, (int)node.Start.Column,
            $"'{key}' must be {expected}");
    }
}
