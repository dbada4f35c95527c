namespace ResourceGen.Search;

/// <summary>
/// lunr's indexing pipeline for one token: <see cref="LunrTrimmer"/>, then <see cref="LunrStopWordFilter"/>, then
/// <see cref="PorterStemmer"/>. A token that trims to "" is kept as the term "" (lunr only drops null results).
/// </summary>
/// <remarks>The pipeline lunr serializes for <em>searching</em> is the stemmer alone: see <see cref="LunrIndex.Pipeline"/>.</remarks>
internal static class LunrPipeline
{
    /// <summary>The term lunr indexes for a lowercased <paramref name="token"/>, or null when it is a stop word.</summary>
    public static string? Run(string token)
    {
        var trimmed = LunrTrimmer.Trim(token);
        return LunrStopWordFilter.IsStopWord(trimmed) ? null : PorterStemmer.Stem(trimmed);
    }

    /// <summary>The terms lunr indexes for <paramref name="tokens"/> (from <see cref="LunrTokenizer"/>), in order.</summary>
    public static IReadOnlyList<string> Run(IEnumerable<string> tokens)
    {
        var terms = new List<string>();
        foreach (var token in tokens)
        {
            if (Run(token) is { } term) terms.Add(term);
        }
        return terms;
    }
}
