using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>giscus (GitHub Discussions): <c>client.js</c> with <c>data-*</c> attributes, as giscus.app configures it.</summary>
internal sealed record GiscusEmbed(string Repo, string RepoId, string Category, string CategoryId, string Mapping, bool Strict,
    bool Reactions, string InputPosition, string Language, string Origin) : CommentEmbed
{
    public static readonly CommentProvider Provider = new("giscus",
        ["repo", "repo_id", "category", "category_id", "mapping", "strict", "reactions_enabled", "input_position", "lang", "origin"], Configure);

    public override string Name => "giscus";
    public override string Title => "giscus";
    public override string Host => EmbedMarkup.HostOf(Origin);

    public override IReadOnlyList<PolicySource> Sources =>
    [
        new("script-src", EmbedMarkup.OriginOf(Origin)),
        new("style-src", EmbedMarkup.OriginOf(Origin)),
        new("frame-src", EmbedMarkup.OriginOf(Origin)),
    ];

    public override string Markup(CommentTarget target)
    {
        var (mapping, term) = target.Renamed && Mapping is "pathname" or "url"
            ? ("specific", Mapping == "url" ? target.IdentifierUrl : target.PathnameTerm)
            : (Mapping, (string?)null);
        return EmbedMarkup.Element("div", ("class", "giscus")) + "\n" + EmbedMarkup.Element("script",
            ("src", Origin + "/client.js"),
            ("data-repo", Repo),
            ("data-repo-id", RepoId),
            ("data-category", Category),
            ("data-category-id", CategoryId),
            ("data-mapping", mapping),
            ("data-term", term),
            ("data-strict", Strict ? "1" : "0"),
            ("data-reactions-enabled", Reactions ? "1" : "0"),
            ("data-emit-metadata", "0"),
            ("data-input-position", InputPosition),
            // giscus follows the reader's light or dark mode, as the site's theme does.
            ("data-theme", "preferred_color_scheme"),
            ("data-lang", Language),
            ("crossorigin", "anonymous"),
            ("async", ""));
    }

    private static CommentService? Configure(CommentProviderOptions options)
    {
        var repo = options.Required("repo", "owner/name");
        var repoId = options.Required("repo_id", "R_kgDOxxxxxx");
        var category = options.Required("category", "Q&A");
        var categoryId = options.Required("category_id", "DIC_kwDOxxxxxx");
        var mapping = options.Choice("mapping", "pathname", "pathname", "url", "title", "og:title");
        var strict = options.Flag("strict", false);
        var reactions = options.Flag("reactions_enabled", true);
        var inputPosition = options.Choice("input_position", "bottom", "bottom", "top");
        var language = options.Optional("lang") ?? EmbedMarkup.PrimaryLanguage(options.Language);
        var origin = options.Origin("https://giscus.app", "https://giscus.example.org");
        if (repo is null || repoId is null || category is null || categoryId is null || origin is null) return null;
        return new GiscusEmbed(repo, repoId, category, categoryId, mapping, strict, reactions, inputPosition, language, origin);
    }
}
