using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Yaml;

/// <summary>The outcome of parsing a YAML document: its root mapping, or where and why it failed.</summary>
/// <param name="Root">The top-level mapping, or null on failure.</param>
/// <param name="ErrorLine">1-based line of the failure, relative to the parsed text.</param>
/// <param name="ErrorColumn">1-based column of the failure.</param>
/// <param name="ErrorMessage">A message for the author, or null when parsing succeeded.</param>
internal sealed record YamlParseResult(YamlMappingNode? Root, int ErrorLine, int ErrorColumn, string? ErrorMessage)
{
    /// <summary>True when the document was refused for its size or nesting (<see cref="YamlLimits"/>), not its syntax.</summary>
    public bool OverLimit { get; init; }
}

/// <summary>Parses one YAML document into a mapping, turning every parser failure into a position and a message.</summary>
internal static class YamlDocumentParser
{
    /// <summary>Parses <paramref name="text"/> within <paramref name="limits"/> (<see cref="YamlLimits.Default"/> when null); an empty document is an empty mapping.</summary>
    public static YamlParseResult Parse(string text, YamlLimits? limits = null)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new LimitedYamlParser(new Parser(new StringReader(text)), limits ?? YamlLimits.Default));
        }
        catch (YamlRefusal e)
        {
            return new YamlParseResult(null, e.Line, e.Column, e.Message) { OverLimit = e.OverLimit };
        }
        catch (AnchorNotFoundException e)
        {
            // YamlDotNet marks the start of the document here; the alias itself is what the author must fix.
            var (line, column) = Find(text, "*" + AliasName(e.Message));
            return new YamlParseResult(null, line, column, $"the anchor '{AliasName(e.Message)}' used by '*{AliasName(e.Message)}' is not defined; put quotes around text that starts with '*'");
        }
        catch (YamlException e) when (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
        {
            // YamlDotNet marks the start of the mapping for a tab used as indentation; point at the tab.
            return new YamlParseResult(null, tab.Line, tab.Column, "a tab is used for indentation; YAML needs spaces");
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

    private static string AliasName(string message)
    {
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : "";
    }

    private static (int Line, int Column) Find(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0) return (1, 1);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent) return (i + 1, tab + 1);
        }
        return null;
    }

    private static int LastLine(string text) => Math.Max(1, text.TrimEnd('\n').Count(c => c == '\n') + 1);
}
