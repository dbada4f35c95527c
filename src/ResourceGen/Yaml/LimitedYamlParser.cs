using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResourceGen.Yaml;

/// <summary>
/// A parser that watches a YAML document's events as they are read, before any node is built, and stops one that
/// nests too deep or whose aliases expand to too many values: nine levels of <c>&amp;a [*b, *b, ...]</c> in a
/// kilobyte would otherwise be expanded by every reader of the values. The document's own mapping is not counted
/// in the depth.
/// </summary>
internal sealed class LimitedYamlParser(IParser parser, YamlLimits limits) : IParser
{
    private sealed class Frame(string? anchor, long valuesAtStart, int depth)
    {
        public string? Anchor { get; } = anchor;
        public long ValuesAtStart { get; } = valuesAtStart;
        public int Depth { get; } = depth;
        public int Deepest { get; set; } = depth;
    }

    private readonly Dictionary<string, (long Values, int Depth)> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _open = new();
    private long _values;
    private int _aliases;

    /// <inheritdoc />
    public ParsingEvent? Current => parser.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        Watch(parser.Current!);
        return true;
    }

    private void Watch(ParsingEvent current)
    {
        switch (current)
        {
            case Scalar scalar:
                _values++;
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (1, 0);
                break;
            case NodeEvent start when start is SequenceStart or MappingStart:
                _open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value, _values, _open.Count + 1));
                if (_open.Count > limits.MaxDepth + 1) throw TooDeep(current);
                break;
            case SequenceEnd or MappingEnd:
                var frame = _open.Pop();
                if (frame.Anchor is { } name) _anchors[name] = (_values - frame.ValuesAtStart, frame.Deepest - frame.Depth + 1);
                if (_open.TryPeek(out var parent)) parent.Deepest = Math.Max(parent.Deepest, frame.Deepest);
                break;
            case AnchorAlias alias:
                Repeat(alias);
                break;
        }
        if (_values > limits.MaxValues)
            throw new YamlRefusal(current, $"the YAML holds more than {limits.MaxValues:N0} values once its aliases (*name) are expanded; write the values out instead of repeating anchors, or raise limits.yaml_values in site.yml", overLimit: true);
    }

    private void Repeat(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (++_aliases > limits.MaxAliases)
            throw new YamlRefusal(alias, $"the YAML uses more than {limits.MaxAliases:N0} aliases (*name); write the values out, or raise limits.yaml_aliases in site.yml", overLimit: true);
        if (_open.Any(frame => frame.Anchor == name))
            throw new YamlRefusal(alias, $"the alias *{name} is inside the value &{name} it repeats, so that value would never end; write the values out", overLimit: false);
        if (!_anchors.TryGetValue(name, out var repeated)) return;
        _values += repeated.Values;
        var depth = _open.Count + repeated.Depth;
        if (depth > limits.MaxDepth + 1) throw TooDeep(alias);
        if (_open.TryPeek(out var holder)) holder.Deepest = Math.Max(holder.Deepest, depth);
    }

    private YamlRefusal TooDeep(ParsingEvent at) =>
        new(at, $"the YAML nests lists and mappings more than {limits.MaxDepth} deep; flatten the values, or raise limits.yaml_depth in site.yml", overLimit: true);
}

/// <summary>A document <see cref="LimitedYamlParser"/> stopped, at the event where it did.</summary>
internal sealed class YamlRefusal(ParsingEvent at, string message, bool overLimit) : Exception(message)
{
    /// <summary>1-based line.</summary>
    public int Line { get; } = (int)Math.Max(1, at.Start.Line);

    /// <summary>1-based column.</summary>
    public int Column { get; } = (int)Math.Max(1, at.Start.Column);

    /// <summary>True when a limit was passed, false for a value that contains itself.</summary>
    public bool OverLimit { get; } = overLimit;
}
