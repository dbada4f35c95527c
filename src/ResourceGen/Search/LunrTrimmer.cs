namespace ResourceGen.Search;

/// <summary>
/// <c>lunr.trimmer</c>: removes non-word characters from both ends of a token. JavaScript's <c>\W</c> is ASCII-only,
/// so everything except <c>[A-Za-z0-9_]</c> counts as non-word: "café" becomes "caf", "—" becomes "".
/// </summary>
internal static class LunrTrimmer
{
    /// <summary>The token without leading and trailing non-word characters.</summary>
    public static string Trim(string token)
    {
        var trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }

    /// <summary>The part of <paramref name="token"/> between its first and last ASCII word characters.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && !IsWordChar(token[start])) start++;
        var end = token.Length;
        while (end > start && !IsWordChar(token[end - 1])) end--;
        return token[start..end];
    }

    /// <summary>True for JavaScript's <c>\w</c>: ASCII letters, digits and '_'.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
