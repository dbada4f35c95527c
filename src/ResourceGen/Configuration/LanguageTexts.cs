using System.Globalization;
using System.Net;

namespace ResourceGen.Configuration;

/// <summary>
/// The theme's texts in one language, for the titles and names the build writes itself ("Topics", "For parents"):
/// plain text, with <c>{0}</c> filled in, or the given English text when the theme has none.
/// </summary>
/// <param name="find">The theme's text of a key in this language (HTML), or null.</param>
internal sealed class LanguageTexts(Func<string, string?> find)
{
    /// <summary>No theme texts: every text is its English fallback.</summary>
    public static LanguageTexts None { get; } = new(_ => null);

    /// <summary>The text of <paramref name="key"/>, else <paramref name="fallback"/>, with <paramref name="args"/> filled in.</summary>
    public string Format(string key, string fallback, params object[] args)
    {
        var text = find(key) is { } html ? WebUtility.HtmlDecode(html) : fallback;
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>The text of <paramref name="key"/> as plain text, or null when the theme has none.</summary>
    public string? Find(string key) => find(key) is { } html ? WebUtility.HtmlDecode(html) : null;
}
