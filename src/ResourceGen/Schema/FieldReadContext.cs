using ResourceGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>Where a front-matter value comes from, so a field kind can report a problem at the value's own line and column.</summary>
/// <param name="File">The content file, relative to the site folder.</param>
/// <param name="Key">The front-matter key being read.</param>
/// <param name="LineOffset">Added to YAML line numbers to get file line numbers.</param>
/// <param name="Diagnostics">Where problems go.</param>
internal sealed record FieldReadContext(string File, string Key, int LineOffset, DiagnosticBag Diagnostics)
{
    /// <summary>Reports an error at <paramref name="node"/>.</summary>
    public void Error(DiagnosticDescriptor descriptor, YamlNode node, string message) =>
        Diagnostics.Error(descriptor, File, (int)node.Start.Line + LineOffset, (int)node.Start.Column, message);

    /// <summary>Reports a value of the wrong type at <paramref name="node"/>.</summary>
    public void WrongType(YamlNode node, string expected) =>
        Error(DiagnosticCodes.WrongValueType, node, $"'{Key}' must be {expected}, got {Describe(node)}");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of 'key: value' lines",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "something else",
    };
}
