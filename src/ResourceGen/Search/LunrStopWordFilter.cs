using System.Collections.Frozen;

namespace ResourceGen.Search;

/// <summary><c>lunr.stopWordFilter</c>: drops lunr's 119 English stop words (compared exactly, after trimming).</summary>
internal static class LunrStopWordFilter
{
    /// <summary>lunr 2.3.9's stop words.</summary>
    public static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do", "does",
        "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like",
        "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often",
        "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so",
        "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "tis", "to", "too",
        "twas", "us", "wants", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "yet", "you", "your",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when lunr drops <paramref name="token"/>.</summary>
    public static bool IsStopWord(string token) => Words.Contains(token);

    /// <summary>True when lunr drops <paramref name="token"/>.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> token) => token.Length <= 7 && SpanLookup.Contains(token);
}
