using System.Buffers;

namespace ResourceGen.Search;

/// <summary>
/// <c>lunr.tokenizer</c>: lowercases a field value like JavaScript and splits it at <c>/[\s\-]+/</c>, tested one
/// UTF-16 unit at a time. A list value gives one token per item, lowercased but never split.
/// </summary>
/// <remarks>
/// JavaScript's <c>\s</c> is not .NET's <see cref="char.IsWhiteSpace(char)"/>: U+FEFF separates tokens and
/// U+0085 does not. Token positions (lunr's <c>position</c> metadata) are not produced.
/// </remarks>
internal static class LunrTokenizer
{
    // JavaScript's \s (WhiteSpace and LineTerminator in ECMA-262, Unicode Zs) plus lunr's '-'.
    private const string SeparatorChars =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF-";

    /// <summary>The characters lunr splits text at.</summary>
    internal static readonly SearchValues<char> Separators = SearchValues.Create(SeparatorChars);

    /// <summary>True when lunr splits text at <paramref name="c"/>.</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>The tokens of a text value: lowercased, split at whitespace and hyphens, empty pieces dropped.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (text is null) return tokens;
        var lowered = JsLowerCase.ToLower(text);
        foreach (var range in Split(lowered)) tokens.Add(lowered[range]);
        return tokens;
    }

    /// <summary>The tokens of a list value: each item lowercased as one token (a null item gives "").</summary>
    public static IReadOnlyList<string> TokenizeItems(IReadOnlyList<string?>? items)
    {
        var tokens = new List<string>();
        if (items is null) return tokens;
        foreach (var item in items) tokens.Add(item is null ? "" : JsLowerCase.ToLower(item));
        return tokens;
    }

    /// <summary>The tokens of a field value, whichever kind it is.</summary>
    public static IReadOnlyList<string> Tokenize(LunrFieldValue value) =>
        value.Items is { } items ? TokenizeItems(items) : Tokenize(value.Text);

    /// <summary>The ranges of the tokens in an already lowercased text.</summary>
    internal static LunrTokenRanges Split(ReadOnlySpan<char> lowered) => new(lowered);
}
