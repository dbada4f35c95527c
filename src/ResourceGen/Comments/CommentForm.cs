namespace ResourceGen.Comments;

/// <summary>The reply form of a static thread, posting to a Staticman-compatible endpoint (as templates see it).</summary>
/// <param name="Action">The endpoint the form posts to.</param>
/// <param name="Slug">The thread's folder name, sent as <c>options[slug]</c> so the new file lands in it.</param>
/// <param name="Redirect">Where the endpoint sends the reader afterwards (<c>options[redirect]</c>): back to the page.</param>
/// <param name="Targets">The comments a reply can answer, in page order, for the form's "reply to" list.</param>
internal sealed record CommentForm(string Action, string Slug, string Redirect, IReadOnlyList<CommentForm.Target> Targets)
{
    /// <summary>A comment a reply can answer.</summary>
    /// <param name="Id">Its id, sent as <c>fields[reply_to]</c>.</param>
    /// <param name="Label">How the list shows it, e.g. "Priya, 14 March 2026".</param>
    public sealed record Target(string Id, string Label);
}
