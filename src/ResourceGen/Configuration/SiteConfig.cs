using ResourceGen.Content;
using ResourceGen.Schema;

namespace ResourceGen.Configuration;

/// <summary>The site settings from <c>site.yml</c>, after defaults and command-line overrides.</summary>
internal sealed record SiteConfig
{
    /// <summary>The file name of the site settings.</summary>
    public const string FileName = "site.yml";

    /// <summary>The site's name, shown in every page title.</summary>
    public required string Title { get; init; }

    /// <summary>One sentence about the site, for the home page and meta descriptions.</summary>
    public string Description { get; init; } = "";

    /// <summary>Absolute URL the site is published at, always ending in '/', e.g. <c>https://user.github.io/library/</c>.</summary>
    public required string BaseUrl
    {
        get;
        init
        {
            field = value;
            BasePath = new Uri(value).AbsolutePath;
        }
    }

    /// <summary>The path part of <see cref="BaseUrl"/>, starting and ending with '/', e.g. <c>/library/</c>; every page URL starts with it.</summary>
    public string BasePath { get; private init; } = "/";

    /// <summary>The language of the content, for <c>&lt;html lang&gt;</c>: the default language, or the language of this view (<see cref="ForLanguage"/>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>The site's languages, the default first; one unless <c>languages:</c> adds others.</summary>
    public IReadOnlyList<SiteLanguage> Languages
    {
        get => field ??= [new SiteLanguage(Language, null, SiteLanguage.IsRightToLeft(Language), "")];
        init;
    }

    /// <summary>The language of this view: the default one, unless made by <see cref="ForLanguage"/>.</summary>
    public SiteLanguage CurrentLanguage => Languages.FirstOrDefault(l => l.Code == Language) ?? Languages[0];

    /// <summary>True when the site has more than one language.</summary>
    public bool Multilingual => Languages.Count > 1;

    /// <summary>The language a file is in by the code before <c>.md</c> (<c>x.es.md</c>), else the default one; null for a code the site does not have.</summary>
    public SiteLanguage? LanguageNamed(string code) => Languages.FirstOrDefault(l => l.Code == code);

    /// <summary>
    /// The same settings as <paramref name="language"/>'s pages see them: its title, description and params, and
    /// site paths under <c>/&lt;code&gt;/</c> (<see cref="LocalPath"/>).
    /// </summary>
    public SiteConfig ForLanguage(SiteLanguage language) => language.Code == Language ? this : this with
    {
        Language = language.Code,
        Title = language.Title ?? Title,
        Description = language.Description ?? Description,
        Params = language.Params.Count == 0 ? Params : Params.Concat(language.Params).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
    };

    /// <summary>The theme's texts in this view's language, for the titles the build writes.</summary>
    public LanguageTexts Texts { get; init; } = LanguageTexts.None;

    /// <summary>How readers see an audience's name in this view's language (<c>audience_name_parents</c> in the theme's texts).</summary>
    public string AudienceName(string audience) => Texts.Find("audience_name_" + audience) ?? audience;

    /// <summary>The site path of <paramref name="path"/> (<c>/tags/</c>) in this view's language: <c>/es/tags/</c> in Spanish.</summary>
    public string LocalPath(string path) => "/" + CurrentLanguage.Prefix + path.TrimStart('/');

    /// <summary>The URL path of <paramref name="path"/> in this view's language (<see cref="LocalPath"/>).</summary>
    public string LocalUrl(string path) => RelativeUrl(LocalPath(path));

    /// <summary>Who publishes the site, for the feed and footer.</summary>
    public string Author { get; init; } = "";

    /// <summary>How many entries the Atom feed holds.</summary>
    public int FeedLimit { get; init; } = 20;

    /// <summary>The default number of resources on one page of a list.</summary>
    public const int DefaultPageSize = 12;

    /// <summary>How many resources one page of a list (a type, tag or audience page) shows.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The default largest content file, 1 MiB.</summary>
    public const long DefaultMaxFileSize = 1024 * 1024;

    /// <summary>Content files larger than this are refused.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>How large and how structured files and the output may be.</summary>
    public SiteLimits Limits { get; init; } = SiteLimits.Default;

    /// <summary>How Markdown and raw HTML are handled.</summary>
    public MarkdownSettings Markdown { get; init; } = new();

    /// <summary>How the search index is built.</summary>
    public SearchSettings Search { get; init; } = new();

    /// <summary>Which comment provider pages use, and on which pages.</summary>
    public CommentSettings Comments { get; init; } = new();

    /// <summary>The site owner's additions to the content schema.</summary>
    public SchemaSettings Schema { get; init; } = new();

    /// <summary>The site's content types: the built-in ones and those of <c>types:</c>.</summary>
    public ContentTypes Types => Schema.Types;

    /// <summary>Free settings for templates, from the <c>params</c> key.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>Turns a site path such as <c>/tags/</c> into a URL path under the base path (<c>/library/tags/</c>).</summary>
    public string RelativeUrl(string path) => BasePath + path.TrimStart('/');

    /// <summary>Turns a site path into an absolute URL.</summary>
    public string AbsoluteUrl(string path) => BaseUrl + path.TrimStart('/');
}
