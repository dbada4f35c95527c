using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResourceGen.Yaml;

/// <summary>
/// Walks a YAML document's events before any node is built, and refuses one that nests too deep or whose aliases
/// expand to too many values: nine levels of <c>&amp;a [*b, *b, ...]</c> in a kilobyte would otherwise be expanded
/// by every reader of the values. The document's own mapping is not counted in the depth.
/// </summary>
internal static class YamlStructureCheck
{
    private sealed class Frame(string? anchor, long valuesAtStart, int depth)
    {
        public string? Anchor { get; } = anchor;
        public long ValuesAtStart { get; } = valuesAtStart;
        public int Depth { get; } = depth;
        public int Deepest { get; set; } = depth;
    }

    /// <summary>Null when <paramref name="text"/> is within <paramref name="limits"/> (or has a syntax error, which parsing reports); else where and why not.</summary>
    public static YamlParseResult? Check(string text, YamlLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, (long Values, int Depth)>(StringComparer.Ordinal);
        var open = new Stack<Frame>();
        long values = 0;
        var aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case Scalar scalar:
                        values++;
                        if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = (1, 0);
                        break;
                    case NodeEvent start when start is SequenceStart or MappingStart:
                        open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value, values, open.Count + 1));
                        if (open.Count > limits.MaxDepth + 1) return OverDepth(current, limits);
                        break;
                    case SequenceEnd or MappingEnd:
                        var frame = open.Pop();
                        if (frame.Anchor is { } name) anchors[name] = (values - frame.ValuesAtStart, frame.Deepest - frame.Depth + 1);
                        if (open.TryPeek(out var parent)) parent.Deepest = Math.Max(parent.Deepest, frame.Deepest);
                        break;
                    case AnchorAlias alias:
                        if (++aliases > limits.MaxAliases)
                            return Over(current, $"the YAML uses more than {limits.MaxAliases:N0} aliases (*name); write the values out, or raise limits.yaml_aliases in site.yml");
                        if (open.Any(frame => frame.Anchor == alias.Value.Value))
                            return new YamlParseResult(null, (int)Math.Max(1, current.Start.Line), (int)Math.Max(1, current.Start.Column),
                                $"the alias *{alias.Value.Value} is inside the value &{alias.Value.Value} it repeats, so that value would never end; write the values out");
                        if (!anchors.TryGetValue(alias.Value.Value, out var repeated)) break;
                        values += repeated.Values;
                        var depth = open.Count + repeated.Depth;
                        if (depth > limits.MaxDepth + 1) return OverDepth(current, limits);
                        if (open.TryPeek(out var holder)) holder.Deepest = Math.Max(holder.Deepest, depth);
                        break;
                }
                if (values > limits.MaxValues)
                    return Over(current, $"the YAML holds more than {limits.MaxValues:N0} values once its aliases (*name) are expanded; write the values out instead of repeating anchors, or raise limits.yaml_values in site.yml");
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Bad syntax: parsing the document reports it, with its position.
            return null;
        }
        return null;
    }

    private static YamlParseResult OverDepth(ParsingEvent at, YamlLimits limits) =>
        Over(at, $"the YAML nests lists and mappings more than {limits.MaxDepth} deep; flatten the values, or raise limits.yaml_depth in site.yml");

    private static YamlParseResult Over(ParsingEvent at, string message) =>
        new(null, (int)Math.Max(1, at.Start.Line), (int)Math.Max(1, at.Start.Column), message) { OverLimit = true };
}
