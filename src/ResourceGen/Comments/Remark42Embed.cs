using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>Remark42 (self-hosted): <c>remark_config</c>, then <c>web/embed.js</c> of the server, which fills <c>#remark42</c>.</summary>
internal sealed record Remark42Embed(string Origin, string SiteId, string Language) : CommentEmbed
{
    public static readonly CommentProvider Provider = new("remark42", ["origin", "site_id", "locale"], Configure);

    public override string Name => "remark42";
    public override string Title => "Remark42";
    public override string Host => EmbedMarkup.HostOf(Origin);

    public override IReadOnlyList<PolicySource> Sources =>
    [
        new("script-src", EmbedMarkup.OriginOf(Origin)),
        new("frame-src", EmbedMarkup.OriginOf(Origin)),
    ];

    // Remark42 names a thread by its URL, so the identifier's absolute URL is what keeps a renamed page's thread.
    public override string Markup(CommentTarget target) => string.Join('\n',
        EmbedMarkup.InlineScript("var remark_config = " + EmbedMarkup.Js(new Dictionary<string, object>
        {
            ["host"] = Origin,
            ["site_id"] = SiteId,
            ["components"] = new[] { "embed" },
            ["url"] = target.IdentifierUrl,
            ["page_title"] = target.Title,
            ["locale"] = Language,
        }) + ";"),
        EmbedMarkup.Element("script", ("src", Origin + "/web/embed.js"), ("defer", "")),
        EmbedMarkup.Element("div", ("id", "remark42")));

    private static CommentService? Configure(CommentProviderOptions options)
    {
        var origin = options.Origin(null, "https://remark42.example.org");
        var siteId = options.Optional("site_id") ?? "remark";
        var language = options.Optional("locale") ?? EmbedMarkup.PrimaryLanguage(options.Language);
        return origin is null ? null : new Remark42Embed(origin, siteId, language);
    }
}
