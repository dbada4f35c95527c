using System.Runtime.CompilerServices;

namespace ResourceGen.Search;

/// <summary>Enumerates the token ranges of a lowercased text without allocating: see <see cref="LunrTokenizer"/>.</summary>
internal ref struct LunrTokenRanges(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int next;

    /// <summary>The range of the current token.</summary>
    public Range Current { get; private set; }

    /// <summary>Lets <c>foreach</c> use the struct itself.</summary>
    public readonly LunrTokenRanges GetEnumerator() => this;

    /// <summary>Moves to the next non-empty token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        while (next < text.Length)
        {
            var rest = text[next..];
            var end = rest.IndexOfAny(LunrTokenizer.Separators);
            if (end < 0) end = rest.Length;
            var start = next;
            next += end + 1;
            if (end == 0) continue;
            Current = start..(start + end);
            return true;
        }
        return false;
    }
}
