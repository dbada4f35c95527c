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

    /// <summary>The language of the content, for <c>&lt;html lang&gt;</c>.</summary>
    public string Language { get; init; } = "en";

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
