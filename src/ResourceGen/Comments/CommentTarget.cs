namespace ResourceGen.Comments;

/// <summary>The page a thread belongs to, as comment providers identify it.</summary>
/// <param name="Identifier">
/// The page's URL path with the base path, e.g. <c>/library/articles/a/</c>. With <c>comments_id</c> it is the path the
/// page would have under that slug, so a thread survives renaming the page.
/// </param>
/// <param name="IdentifierUrl">The absolute URL of <paramref name="Identifier"/>.</param>
/// <param name="Url">The page's absolute URL.</param>
/// <param name="Title">The page title.</param>
/// <param name="Language">The site's language.</param>
/// <param name="Renamed">True when <c>comments_id</c> set the identifier, so it differs from the page's own path.</param>
internal sealed record CommentTarget(string Identifier, string IdentifierUrl, string Url, string Title, string Language, bool Renamed)
{
    /// <summary>The thread name giscus and utterances derive from a path ("pathname" mapping): the path without its first '/'.</summary>
    public string PathnameTerm => Identifier.Length < 2 ? "index" : Identifier[1..];
}
