using System.Collections.Frozen;

namespace ResourceGen.Search;

/// <summary>
/// A lunr stop-word filter (<c>lunr.generateStopWordFilter</c>): drops the tokens that are exactly one of its words,
/// compared after trimming.
/// </summary>
internal sealed class LunrStopWordFilter
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> spanLookup;
    private readonly int longestWord;

    public LunrStopWordFilter(IEnumerable<string> words)
    {
        Words = words.ToFrozenSet(StringComparer.Ordinal);
        spanLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        longestWord = Words.Count == 0 ? 0 : Words.Max(w => w.Length);
    }

    /// <summary>The stop words.</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>True when lunr drops <paramref name="token"/>.</summary>
    public bool IsStopWord(string token) => Words.Contains(token);

    /// <summary>True when lunr drops <paramref name="token"/>.</summary>
    public bool IsStopWord(ReadOnlySpan<char> token) => token.Length <= longestWord && spanLookup.Contains(token);
}
