using System.Globalization;
using ResourceGen.Diagnostics;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Configuration;

/// <summary>Reads typed settings from a <c>site.yml</c> mapping, reporting wrong types at their position.</summary>
/// <param name="root">The mapping to read.</param>
/// <param name="diagnostics">Where problems go.</param>
/// <param name="prefix">Put before each key in messages, e.g. <c>search.</c>.</param>
/// <param name="descriptor">The code problems are reported with; RG0003 unless a section has its own.</param>
internal sealed class SettingReader(YamlMappingNode root, DiagnosticBag diagnostics, string prefix = "", DiagnosticDescriptor? descriptor = null)
{
    /// <summary>True once a setting had the wrong type or value.</summary>
    public bool HasErrors { get; private set; }

    public string? String(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlScalarNode scalar) return scalar.Value;
        Report(key, node, "must be text");
        return null;
    }

    public int? Integer(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        Report(key, node, "must be a positive whole number");
        return null;
    }

    public bool? Boolean(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Report(key, node, "must be true or false");
        return null;
    }

    /// <summary>A list of texts; a single text is a one-item list.</summary>
    public IReadOnlyList<string>? StringList(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlScalarNode { Value: { } single }) return [single];
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
        Report(key, node, "must be a list of texts");
        return null;
    }

    /// <summary>A size in bytes, written as a number of bytes or with KiB / MiB.</summary>
    public long? Size(string key)
    {
        if (!TryGet(key, out var node)) return null;
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        var (number, unit) = text.EndsWith("GiB", StringComparison.Ordinal) ? (text[..^3], 1024L * 1024 * 1024)
            : text.EndsWith("MiB", StringComparison.Ordinal) ? (text[..^3], 1024L * 1024)
            : text.EndsWith("KiB", StringComparison.Ordinal) ? (text[..^3], 1024L)
            : (text, 1L);
        if (long.TryParse(number.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value * unit;
        Report(key, node, "must be a size such as 1048576, 512 KiB, 2 MiB or 4 GiB");
        return null;
    }

    /// <summary>A nested mapping, or null when the key is absent.</summary>
    public YamlMappingNode? Mapping(string key)
    {
        if (!TryGet(key, out var node)) return null;
        if (node is YamlMappingNode mapping) return mapping;
        Report(key, node, "must be a set of 'key: value' lines");
        return null;
    }

    /// <summary>True when the key is present with a value (of any type).</summary>
    public bool Has(string key) => TryGet(key, out _);

    public (int Line, int Column) Position(string key) =>
        TryGet(key, out var node) ? ((int)node.Start.Line, (int)node.Start.Column) : (1, 1);

    /// <summary>Reports a problem with a value at its position.</summary>
    public void Report(string key, YamlNode node, string problem)
    {
        HasErrors = true;
        diagnostics.Error(descriptor ?? DiagnosticCodes.SiteConfigValue, SiteConfig.FileName, (int)node.Start.Line, (int)node.Start.Column,
            $"'{prefix}{key}' {problem}");
    }

    private bool TryGet(string key, out YamlNode node)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out node!) && !YamlValue.IsNull(node)) return true;
        node = null!;
        return false;
    }
}
