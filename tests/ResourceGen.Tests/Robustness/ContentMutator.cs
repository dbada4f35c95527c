using System.Text;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// Breaks a content file the way editors, merges and bad copy-paste do: flipped bytes, a cut-off end, a deleted
/// line, a repeated front-matter line, a front-matter value swapped for one that YAML or the schema reads
/// differently, inserted bytes that matter to the parsers (NUL, 0xFF, '---', ':', '['), or YAML that strains the
/// parser itself (alias bombs, deep nesting, huge scalars, tags such as <c>!!binary</c> or <c>!!python/object</c>).
/// Every choice comes from the given <see cref="Random"/>, so a seed replays the same mutations.
/// </summary>
internal static class ContentMutator
{
    private static readonly byte[][] Tokens =
    [
        [0x00], [0xFF], [0xC3], [0x0D], [0x09], [0x80],
        .. new[] { "---", "\n---\n", ":", ": ", "[", "]", "{", "\"", "'", "#", "- [ ] ", "](", "![", "*", "&a ", "!!", "\n", "    " }
            .Select(Encoding.UTF8.GetBytes),
        "\u00e9"u8.ToArray(), "\ud83d\ude00"u8.ToArray(),
    ];

    /// <summary>Values that mean something to YAML or to the schema, to put in place of a front-matter value.</summary>
    private static readonly string[] Values =
    [
        "", "~", "null", "''", "\"\"", "[]", "{}", "[a, b]", "{a: b}", "[[a]]", "- a", "0", "-1", "99999999999", "1.5", "true", "maybe",
        "2026-02-30", "2026-1-5", "\"6-3\"", "3-6-9", "../x", "A/B", "&a x", "*a", "!!binary aGk=", "|", ">", "\"unclosed", "a: b", "#",
    ];

    /// <summary>Front-matter lines that strain YAML itself: aliases and anchors, nesting, huge scalars, unusual tags.</summary>
    private static readonly string[] Structures =
    [
        "a: &a [x, y]\nb: *a\n", "b: *nowhere\n", "self: &s [*s]\n", "m: &m {k: v}\nn: {<<: *m}\n", "d: &d 1\ne: &d 2\nf: *d\n",
        "tags: &t [play]\naudience: *t\n", LimitTests.AliasBomb(levels: 4), LimitTests.AliasBomb(levels: 7),
        "deep: " + new string('[', 31) + new string(']', 31) + "\n", "deep: " + new string('[', 5000) + new string(']', 5000) + "\n",
        "deep:\n" + string.Concat(Enumerable.Range(1, 40).Select(i => new string(' ', 2 * i) + "- \n")),
        "big: " + new string('x', 70_000) + "\n", "big: \"" + string.Concat(Enumerable.Repeat("\\u0041", 20_000)) + "\"\n",
        "bin: !!binary aGVsbG8=\n", "obj: !!python/object:os.system [echo hi]\n", "set: !!set {a, b}\n", "title: !custom x\n",
        "tags: !!str [a]\n", "date: !!timestamp 2026-01-01\n", "? [complex, key]\n: v\n", "%YAML 1.1\n", "x: !<tag:yaml.org,2002:js/function> 'f'\n",
    ];

    /// <summary>One to three mutations of <paramref name="original"/>, and what they were.</summary>
    public static (byte[] Bytes, string Description) Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var steps = new List<string>();
        var count = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        for (var i = 0; i < count; i++) steps.Add(MutateOnce(bytes, random));
        return ([.. bytes], string.Join("; ", steps));
    }

    private static string MutateOnce(List<byte> bytes, Random random)
    {
        switch (random.Next(7))
        {
            case 6:
                var fence = FrontMatterLines(bytes);
                var insertAt = fence.Count > 0 ? fence[random.Next(fence.Count)].Start : 0;
                var structure = Structures[random.Next(Structures.Length)];
                bytes.InsertRange(insertAt, Encoding.UTF8.GetBytes(structure));
                return $"inserted the YAML '{(structure.Length > 40 ? structure[..40] + "..." : structure).Replace("\n", "\\n")}' at byte {insertAt}";
            case 0:
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips && bytes.Count > 0; i++)
                {
                    var at = random.Next(bytes.Count);
                    bytes[at] = random.Next(2) == 0 ? (byte)(bytes[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
                }
                return $"flipped {flips} bytes";
            case 1:
                var cut = random.Next(bytes.Count + 1);
                bytes.RemoveRange(cut, bytes.Count - cut);
                return $"truncated at byte {cut}";
            case 2:
                var lines = LineSpans(bytes);
                var (start, length) = lines[random.Next(lines.Count)];
                bytes.RemoveRange(start, length);
                return $"deleted the line at byte {start}";
            case 3:
                var frontMatter = FrontMatterLines(bytes);
                var (lineStart, lineLength) = frontMatter[random.Next(frontMatter.Count)];
                var line = bytes.GetRange(lineStart, lineLength);
                if (line.Count == 0 || line[^1] != (byte)'\n') line.Add((byte)'\n');
                bytes.InsertRange(lineStart, line);
                return $"duplicated the line at byte {lineStart}";
            case 4:
                var candidates = FrontMatterLines(bytes).Where(l => bytes.IndexOf((byte)':', l.Start, l.Length) > l.Start).ToList();
                if (candidates.Count == 0) return "no value to replace";
                var (valueLine, valueLength) = candidates[random.Next(candidates.Count)];
                var colon = bytes.IndexOf((byte)':', valueLine, valueLength);
                var end = valueLine + valueLength - (bytes[valueLine + valueLength - 1] == (byte)'\n' ? 1 : 0);
                var value = Values[random.Next(Values.Length)];
                bytes.RemoveRange(colon + 1, end - colon - 1);
                bytes.InsertRange(colon + 1, Encoding.UTF8.GetBytes(" " + value));
                return $"set the value at byte {colon} to '{value}'";
            default:
                var token = Tokens[random.Next(Tokens.Length)];
                var spans = LineSpans(bytes);
                var position = random.Next(2) == 0 ? spans[random.Next(spans.Count)].Start : random.Next(bytes.Count + 1);
                bytes.InsertRange(position, token);
                return $"inserted {Convert.ToHexString(token)} at byte {position}";
        }
    }

    /// <summary>Each line as (start, length including its '\n'); an empty file has one empty line.</summary>
    private static List<(int Start, int Length)> LineSpans(List<byte> bytes)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            spans.Add((start, i + 1 - start));
            start = i + 1;
        }
        if (start < bytes.Count || spans.Count == 0) spans.Add((start, bytes.Count - start));
        return spans;
    }

    /// <summary>The lines between the first two '---' lines, or every line when there is no such block.</summary>
    private static List<(int Start, int Length)> FrontMatterLines(List<byte> bytes)
    {
        var lines = LineSpans(bytes);
        bool IsFence((int Start, int Length) l) =>
            l.Length >= 3 && bytes[l.Start] == '-' && bytes[l.Start + 1] == '-' && bytes[l.Start + 2] == '-';
        var close = lines.FindIndex(1, l => IsFence(l));
        return lines.Count > 2 && IsFence(lines[0]) && close > 1 ? lines.GetRange(1, close - 1) : lines;
    }
}
