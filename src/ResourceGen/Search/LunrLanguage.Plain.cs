namespace ResourceGen.Search;

internal sealed partial record LunrLanguage
{
    /// <summary>
    /// For a language ResourceGen has no stemmer for (Arabic, for one): tokens keep the letters and digits of any
    /// script, with no stop words and no stemming, and queries go through no pipeline, so any lunr.js loads the index.
    /// </summary>
    public static LunrLanguage Plain { get; } = new("plain", LunrTrimmer.LettersAndDigits, new LunrStopWordFilter([]), word => word, [])
    {
        BrowserModule = "search-words.js",
    };
}
