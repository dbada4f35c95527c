using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>Disqus: the universal embed code, <c>disqus_config</c> with the page's URL, identifier and title, then <c>embed.js</c> of the forum.</summary>
internal sealed record DisqusEmbed(string Shortname) : CommentEmbed
{
    private const string Cdn = "https://c.disquscdn.com";

    public static readonly CommentProvider Provider = new("disqus", ["shortname"], Configure);

    public override string Name => "disqus";
    public override string Title => "Disqus";
    public override string Host => $"{Shortname}.disqus.com";

    public override IReadOnlyList<PolicySource> Sources =>
    [
        new("script-src", $"https://{Host}"),
        new("script-src", Cdn),
        new("style-src", Cdn),
        // embed.js styles the frame it inserts with a <style> element.
        new("style-src", "'unsafe-inline'"),
        new("img-src", Cdn),
        new("img-src", "https://referrer.disqus.com"),
        new("frame-src", "https://disqus.com"),
    ];

    public override string Markup(CommentTarget target) => string.Join('\n',
        EmbedMarkup.Element("div", ("id", "disqus_thread")),
        EmbedMarkup.InlineScript(
            "var disqus_config = function () {",
            $"this.page.url = {EmbedMarkup.Js(target.Url)};",
            $"this.page.identifier = {EmbedMarkup.Js(target.Identifier)};",
            $"this.page.title = {EmbedMarkup.Js(target.Title)};",
            "};"),
        EmbedMarkup.Element("script", ("src", $"https://{Host}/embed.js"), ("async", "")));

    private static CommentService? Configure(CommentProviderOptions options)
    {
        var shortname = options.Required("shortname", "my-library");
        if (shortname is null) return null;
        if (shortname.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return new DisqusEmbed(shortname);
        options.Report("shortname", $"must be the forum's shortname (letters, digits and '-'), got '{shortname}'");
        return null;
    }
}
