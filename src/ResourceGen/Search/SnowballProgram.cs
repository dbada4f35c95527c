using System.Text;

namespace ResourceGen.Search;

/// <summary>
/// One entry of a Snowball suffix table (<c>lunr.stemmerSupport.Among</c>): the string, the index of the longest
/// entry that is a suffix (or prefix) of it, or -1, and the number the stemmer switches on.
/// </summary>
internal readonly record struct SnowballAmong(string Text, int SubstringIndex, int Result);

/// <summary>
/// <c>lunr.stemmerSupport.SnowballProgram</c> from lunr-languages 1.22: the word being stemmed, its cursor and limits,
/// and the primitives the generated stemmers call. Characters are UTF-16 code units, as in JavaScript.
/// One instance stems one word.
/// </summary>
internal sealed class SnowballProgram(string word)
{
    private readonly StringBuilder current = new(word);

    public int Cursor { get; set; }
    public int Limit { get; set; } = word.Length;
    public int LimitBackward { get; set; }
    public int Bra { get; set; }
    public int Ket { get; set; } = word.Length;

    /// <summary>The word as stemmed so far.</summary>
    public override string ToString() => current.ToString();

    /// <summary>Advances over one character of <paramref name="grouping"/> (a bit set from <paramref name="min"/>).</summary>
    public bool InGrouping(ReadOnlySpan<byte> grouping, int min, int max)
    {
        if (Cursor >= Limit || !IsInGrouping(current[Cursor], grouping, min, max)) return false;
        Cursor++;
        return true;
    }

    /// <summary>Advances over one character that is not in <paramref name="grouping"/>.</summary>
    public bool OutGrouping(ReadOnlySpan<byte> grouping, int min, int max)
    {
        if (Cursor >= Limit || IsInGrouping(current[Cursor], grouping, min, max)) return false;
        Cursor++;
        return true;
    }

    /// <summary>Moves back over <paramref name="s"/> when the text before the cursor ends with it.</summary>
    public bool EqualsBackward(string s)
    {
        if (Cursor - LimitBackward < s.Length) return false;
        for (var i = 0; i < s.Length; i++)
        {
            if (current[Cursor - s.Length + i] != s[i]) return false;
        }
        Cursor -= s.Length;
        return true;
    }

    /// <summary>
    /// <c>find_among</c>: the result of the longest entry of <paramref name="table"/> (sorted) that starts at the
    /// cursor, with the cursor moved past it, or 0.
    /// </summary>
    public int FindAmong(SnowballAmong[] table) => Find(table, forward: true);

    /// <summary>
    /// <c>find_among_b</c>: the result of the longest entry of <paramref name="table"/> (sorted by reversed text) that
    /// ends at the cursor, with the cursor moved back before it, or 0.
    /// </summary>
    public int FindAmongBackward(SnowballAmong[] table) => Find(table, forward: false);

    // Both searches bisect the table, comparing from the cursor outwards (after it, or before it backwards) and
    // keeping the length already known to match at each end; then they follow the substring links to an entry that
    // matched in full.
    private int Find(SnowballAmong[] table, bool forward)
    {
        int i = 0, j = table.Length, c = Cursor, end = forward ? Limit : LimitBackward, commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            var k = i + ((j - i) >> 1);
            var diff = 0;
            var common = Math.Min(commonI, commonJ);
            var w = table[k].Text;
            for (; common < w.Length; common++)
            {
                if ((forward ? c + common : c - common) == end)
                {
                    diff = -1;
                    break;
                }
                diff = forward ? current[c + common] - w[common] : current[c - 1 - common] - w[w.Length - 1 - common];
                if (diff != 0) break;
            }
            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }
            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected) break;
                firstKeyInspected = true;
            }
        }
        while (true)
        {
            var w = table[i];
            if (commonI >= w.Text.Length)
            {
                Cursor = forward ? c + w.Text.Length : c - w.Text.Length;
                return w.Result;
            }
            i = w.SubstringIndex;
            if (i < 0) return 0;
        }
    }

    /// <summary><c>slice_from</c>: replaces the text between <see cref="Bra"/> and <see cref="Ket"/> with <paramref name="s"/>.</summary>
    public void SliceFrom(string s)
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > current.Length) throw new InvalidOperationException("faulty slice operation");
        var adjustment = s.Length - (Ket - Bra);
        current.Remove(Bra, Ket - Bra).Insert(Bra, s);
        Limit += adjustment;
        if (Cursor >= Ket) Cursor += adjustment;
        else if (Cursor > Bra) Cursor = Bra;
    }

    /// <summary><c>slice_del</c>: deletes the text between <see cref="Bra"/> and <see cref="Ket"/>.</summary>
    public void SliceDelete() => SliceFrom("");

    private static bool IsInGrouping(char ch, ReadOnlySpan<byte> grouping, int min, int max)
    {
        if (ch > max || ch < min) return false;
        var bit = ch - min;
        return (grouping[bit >> 3] & (1 << (bit & 7))) != 0;
    }
}
