namespace ResourceGen.Content;

/// <summary>One language of the site: the default one (<c>language:</c>) or one of <c>languages:</c>.</summary>
/// <param name="Code">The language code, e.g. <c>es</c>, as file names (<c>x.es.md</c>) and URLs (<c>/es/</c>) write it.</param>
/// <param name="Name">The language's name in itself, for the language switcher ("Español"); null for the theme's own name of it.</param>
/// <param name="RightToLeft">True for a language written right to left (<c>dir="rtl"</c>).</param>
/// <param name="Prefix">What its site paths start with: "" for the default language, else <c>es/</c>.</param>
internal sealed record SiteLanguage(string Code, string? Name, bool RightToLeft, string Prefix)
{
    /// <summary>The site title in this language, when it differs.</summary>
    public string? Title { get; init; }

    /// <summary>The site description in this language, when it differs.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>params</c> of this language, over the site's.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>Tag names in this language, by tag key.</summary>
    public IReadOnlyDictionary<string, string> TagNames { get; init; } = new Dictionary<string, string>();

    /// <summary>English as the only language of a site that names none.</summary>
    public static SiteLanguage Default { get; } = new("en", null, false, "");

    /// <summary>Codes of languages written right to left, when <c>dir</c> does not say.</summary>
    public static readonly IReadOnlySet<string> RightToLeftCodes = new HashSet<string>(StringComparer.Ordinal)
        { "ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi" };

    /// <summary>True when <paramref name="code"/> (or its base language, <c>ar</c> of <c>ar-EG</c>) is written right to left.</summary>
    public static bool IsRightToLeft(string code) => RightToLeftCodes.Contains(code.Split('-')[0].ToLowerInvariant());

    /// <summary>True for a text that may be a language code: <c>es</c>, <c>pt-br</c>, <c>zh-hant</c>.</summary>
    public static bool LooksLikeCode(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, "^[a-z]{2,3}(-[a-z0-9]{2,8})*$");
}
