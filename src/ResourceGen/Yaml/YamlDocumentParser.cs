using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Yaml;

/// <summary>The outcome of parsing a YAML document: its root mapping, or where and why it failed.</summary>
/// <param name="Root">The top-level mapping, or null on failure.</param>
/// <param name="ErrorLine">1-based line of the failure, relative to the parsed text.</param>
/// <param name="ErrorColumn">1-based column of the failure.</param>
/// <param name="ErrorMessage">A message for the author, or null when parsing succeeded.</param>
public sealed record YamlParseResult(YamlMappingNode? Root, int ErrorLine, int ErrorColumn, string? ErrorMessage);

/// <summary>Parses one YAML document into a mapping, turning every parser failure into a position and a message.</summary>
public static class YamlDocumentParser
{
    /// <summary>Parses <paramref name="text"/>; an empty document is an empty mapping.</summary>
    public static YamlParseResult Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return new YamlParseResult(null, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column), Describe(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for some truncated inputs (an unclosed [ or {) instead of a YamlException.
            return new YamlParseResult(null, LastLine(text), 1, "the YAML ends in the middle of a value (an unclosed bracket, brace or quote?)");
        }

        if (stream.Documents.Count == 0 || YamlValue.IsNull(stream.Documents[0].RootNode))
            return new YamlParseResult(new YamlMappingNode(), 0, 0, null);
        if (stream.Documents.Count > 1)
            return new YamlParseResult(null, (int)stream.Documents[1].RootNode.Start.Line, 1, "only one YAML document is allowed here; remove the extra '---' line");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            return new YamlParseResult(null, (int)node.Start.Line, (int)node.Start.Column, "expected 'key: value' lines, found a single value or a list");
        }
        return new YamlParseResult(root, 0, 0, null);
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
        var hint = message.Contains("mapping", StringComparison.OrdinalIgnoreCase) && message.Contains("scalar", StringComparison.OrdinalIgnoreCase)
            ? " (a value contains ': '; put quotes around text that contains a colon)"
            : message.Contains("indentation", StringComparison.OrdinalIgnoreCase) || message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
                ? " (check the indentation: list items and keys at the same level must line up)"
                : "";
        return message.TrimEnd('.') + hint;
    }

    private static int LastLine(string text) => Math.Max(1, text.TrimEnd('\n').Count(c => c == '\n') + 1);
}
