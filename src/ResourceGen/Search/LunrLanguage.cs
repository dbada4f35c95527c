namespace ResourceGen.Search;

/// <summary>
/// A language's lunr pipeline: how tokens become terms when indexing (trimmer, then stop-word filter, then stemmer)
/// and the search pipeline the index names for the browser, which must have those functions registered. Each language
/// is one file declaring one instance, such as <see cref="En"/> (lunr's default) or <see cref="Es"/> (lunr-languages'
/// <c>lunr.es</c>).
/// </summary>
/// <param name="Code">The language's code, as lunr-languages names its plugin (<c>lunr.es</c>).</param>
/// <param name="Trimmer">Removes non-word characters from both ends of a token.</param>
/// <param name="StopWordFilter">Drops the language's stop words.</param>
/// <param name="Stem">The stemmer, which turns a trimmed token into its term.</param>
/// <param name="SearchPipeline">The labels of the functions lunr runs over query terms, as the index lists them.</param>
internal sealed partial record LunrLanguage(
    string Code,
    LunrTrimmer Trimmer,
    LunrStopWordFilter StopWordFilter,
    Func<string, string> Stem,
    IReadOnlyList<string> SearchPipeline)
{
    /// <summary>
    /// The term lunr indexes for a lowercased <paramref name="token"/>, or null when it is a stop word. A token that
    /// trims to "" is still stemmed (lunr only drops null results).
    /// </summary>
    public string? Term(string token)
    {
        var trimmed = Trimmer.Trim(token);
        return StopWordFilter.IsStopWord(trimmed) ? null : Stem(trimmed);
    }

    /// <summary>The theme's script that trims, filters and stems query words as this pipeline does, for the search page.</summary>
    public required string BrowserModule { get; init; }

    private static LunrLanguage[] Stemmed => [En, Es];

    /// <summary>The pipeline of the language <paramref name="code"/> (its base language: <c>es</c> for <c>es-MX</c>), or <see cref="Plain"/>.</summary>
    public static LunrLanguage For(string code) => Array.Find(Stemmed, l => l.Code == code.Split('-')[0].ToLowerInvariant()) ?? Plain;
}
