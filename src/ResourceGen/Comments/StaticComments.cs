using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>
/// Threads kept in the site's repository (<c>data/comments/&lt;page-slug&gt;/&lt;id&gt;.yml</c>) and written into the
/// page at build time: no third-party script at all. With an <paramref name="Endpoint"/>, pages also get a reply form
/// that posts there with Staticman's field names.
/// </summary>
/// <param name="Endpoint">Where the reply form posts, e.g. a Staticman <c>/v3/entry/github/owner/repo/main/comments</c> URL.</param>
internal sealed record StaticComments(string? Endpoint) : CommentService
{
    /// <summary>The folder, under the site folder, that holds one folder of comment files per page.</summary>
    public const string Folder = "data/comments";

    public static readonly CommentProvider Provider = new("static", ["endpoint"], Configure);

    public override string Name => "static";

    /// <summary>The form may post to the endpoint's origin; nothing else leaves the site.</summary>
    public IReadOnlyList<PolicySource> Sources => Endpoint is null ? [] : [new("form-action", EmbedMarkup.OriginOf(Endpoint))];

    private static CommentService? Configure(CommentProviderOptions options) =>
        new StaticComments(options.Address("endpoint", "https://staticman.example.org/v3/entry/github/owner/repo/main/comments"));
}
