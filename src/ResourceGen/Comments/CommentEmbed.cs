using ResourceGen.Configuration;
using ResourceGen.Security;

namespace ResourceGen.Comments;

/// <summary>
/// A provider whose threads live on another server: its script, loaded in the reader's browser, shows the thread.
/// The page carries the provider's embed markup inert and loads it on consent (or when scrolled near).
/// </summary>
internal abstract record CommentEmbed : CommentService
{
    /// <summary>The provider's name as readers know it, e.g. "giscus" or "Disqus".</summary>
    public abstract string Title { get; }

    /// <summary>The server the script comes from, e.g. <c>giscus.app</c>, named on the consent button.</summary>
    public abstract string Host { get; }

    /// <summary>What a page's Content-Security-Policy must allow for the embed, and nothing more.</summary>
    public abstract IReadOnlyList<PolicySource> Sources { get; }

    /// <summary>The embed markup the provider's documentation gives, filled in for one page.</summary>
    public abstract string Markup(CommentTarget target);
}
