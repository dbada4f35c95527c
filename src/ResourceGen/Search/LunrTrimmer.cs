using System.Buffers;

namespace ResourceGen.Search;

/// <summary>
/// A lunr trimmer: removes the characters that are not word characters from both ends of a token, one UTF-16 unit at
/// a time. lunr's own <c>lunr.trimmer</c> uses JavaScript's ASCII-only <c>\W</c>, so "café" becomes "caf";
/// lunr-languages' trimmers (<c>lunr.trimmerSupport.generateTrimmer</c>) keep a language's letters.
/// </summary>
internal sealed class LunrTrimmer
{
    private readonly SearchValues<char> wordCharacters;

    /// <param name="wordCharacters">
    /// The word characters as the body of a JavaScript character class: single characters and ranges such as "A-Z".
    /// </param>
    public LunrTrimmer(string wordCharacters) => this.wordCharacters = SearchValues.Create(Expand(wordCharacters));

    private LunrTrimmer(char[] wordCharacters) => this.wordCharacters = SearchValues.Create(wordCharacters);

    /// <summary>A trimmer that keeps every letter and digit of any script (<c>\p{L}\p{N}</c>), for a language lunr has no trimmer for.</summary>
    public static LunrTrimmer LettersAndDigits { get; } = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsLetterOrDigit)]);

    /// <summary>
    /// <c>lunr.trimmerSupport.generateTrimmer(wordCharacters)</c>: a language's trimmer, which keeps ASCII digits too.
    /// </summary>
    public static LunrTrimmer ForLanguage(string wordCharacters) => new(wordCharacters + "0-9");

    /// <summary>The token without leading and trailing non-word characters.</summary>
    public string Trim(string token)
    {
        var trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }

    /// <summary>The part of <paramref name="token"/> between its first and last word characters.</summary>
    public ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = token.IndexOfAny(wordCharacters);
        if (start < 0) return [];
        return token[start..(token.LastIndexOfAny(wordCharacters) + 1)];
    }

    private static char[] Expand(string characterClass)
    {
        var characters = new List<char>();
        for (var i = 0; i < characterClass.Length; i++)
        {
            var first = characterClass[i];
            var last = first;
            if (i + 2 < characterClass.Length && characterClass[i + 1] == '-')
            {
                last = characterClass[i + 2];
                i += 2;
            }
            if (last < first) throw new ArgumentException($"'{first}-{last}' is not a range.", nameof(characterClass));
            for (int c = first; c <= last; c++) characters.Add((char)c);
        }
        return [.. characters];
    }
}
