using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>Cusdis: the <c>#cusdis_thread</c> element with <c>data-*</c> attributes, then <c>/js/cusdis.es.js</c> of the host.</summary>
internal sealed record CusdisEmbed(string AppId, string Origin) : CommentEmbed
{
    public static readonly CommentProvider Provider = new("cusdis", ["app_id", "origin"], Configure);

    public override string Name => "cusdis";
    public override string Title => "Cusdis";
    public override string Host => EmbedMarkup.HostOf(Origin);

    public override IReadOnlyList<PolicySource> Sources =>
    [
        new("script-src", EmbedMarkup.OriginOf(Origin)),
        // cusdis.es.js builds its frame from srcdoc with an inline <script> holding the thread's settings; a srcdoc
        // frame runs under the page's own policy, so Cusdis cannot work unless the page allows inline scripts.
        new("script-src", "'unsafe-inline'"),
        new("style-src", EmbedMarkup.OriginOf(Origin)),
        new("connect-src", EmbedMarkup.OriginOf(Origin)),
    ];

    public override string Markup(CommentTarget target) => string.Join('\n',
        EmbedMarkup.Element("div",
            ("id", "cusdis_thread"),
            ("data-host", Origin),
            ("data-app-id", AppId),
            ("data-page-id", target.Identifier),
            ("data-page-url", target.Url),
            ("data-page-title", target.Title),
            // "auto" follows the reader's light or dark mode.
            ("data-theme", "auto")),
        EmbedMarkup.Element("script", ("async", ""), ("defer", ""), ("src", Origin + "/js/cusdis.es.js")));

    private static CommentService? Configure(CommentProviderOptions options)
    {
        var appId = options.Required("app_id", "f5ed1a9c-0000-0000-0000-000000000000");
        var origin = options.Origin("https://cusdis.com", "https://cusdis.example.org");
        return appId is null || origin is null ? null : new CusdisEmbed(appId, origin);
    }
}
