using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>utterances (GitHub issues): <c>client.js</c> with <c>repo</c>, <c>issue-term</c> and <c>theme</c> attributes, as utteranc.es configures it.</summary>
internal sealed record UtterancesEmbed(string Repo, string IssueTerm, string? Label) : CommentEmbed
{
    private const string Origin = "https://utteranc.es";

    public static readonly CommentProvider Provider = new("utterances", ["repo", "issue_term", "label"], Configure);

    public override string Name => "utterances";
    public override string Title => "utterances";
    public override string Host => EmbedMarkup.HostOf(Origin);

    public override IReadOnlyList<PolicySource> Sources =>
    [
        new("script-src", Origin),
        // client.js adds a <style> element for its frame.
        new("style-src", "'unsafe-inline'"),
        new("frame-src", Origin),
    ];

    public override string Markup(CommentTarget target)
    {
        var term = !target.Renamed ? IssueTerm
            : IssueTerm == "pathname" ? target.PathnameTerm
            : IssueTerm == "url" ? target.IdentifierUrl
            : IssueTerm;
        return EmbedMarkup.Element("script",
            ("src", Origin + "/client.js"),
            ("repo", Repo),
            ("issue-term", term),
            ("label", Label),
            // utterances follows the reader's light or dark mode, as the site's theme does.
            ("theme", "preferred-color-scheme"),
            ("crossorigin", "anonymous"),
            ("async", ""));
    }

    private static CommentService? Configure(CommentProviderOptions options)
    {
        var repo = options.Required("repo", "owner/name");
        var issueTerm = options.Choice("issue_term", "pathname", "pathname", "url", "title", "og:title");
        var label = options.Optional("label");
        return repo is null ? null : new UtterancesEmbed(repo, issueTerm, label);
    }
}
