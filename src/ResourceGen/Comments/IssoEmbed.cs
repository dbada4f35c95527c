using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>Isso (self-hosted): <c>js/embed.min.js</c> with <c>data-isso</c>, and the <c>#isso-thread</c> section it fills.</summary>
internal sealed record IssoEmbed(string Origin, string Language) : CommentEmbed
{
    public static readonly CommentProvider Provider = new("isso", ["origin", "lang"], Configure);

    public override string Name => "isso";
    public override string Title => "Isso";
    public override string Host => EmbedMarkup.HostOf(Origin);

    public override IReadOnlyList<PolicySource> Sources =>
    [
        new("script-src", EmbedMarkup.OriginOf(Origin)),
        // Isso loads its stylesheet from the server and reads and posts comments there.
        new("style-src", EmbedMarkup.OriginOf(Origin)),
        new("connect-src", EmbedMarkup.OriginOf(Origin)),
    ];

    public override string Markup(CommentTarget target) => string.Join('\n',
        EmbedMarkup.Element("script", ("data-isso", Origin + "/"), ("data-isso-lang", Language), ("src", Origin + "/js/embed.min.js"), ("async", "")),
        EmbedMarkup.Element("section", ("id", "isso-thread"), ("data-isso-id", target.Identifier), ("data-title", target.Title)));

    private static CommentService? Configure(CommentProviderOptions options)
    {
        var origin = options.Origin(null, "https://comments.example.org");
        var language = options.Optional("lang") ?? EmbedMarkup.PrimaryLanguage(options.Language);
        return origin is null ? null : new IssoEmbed(origin, language);
    }
}
