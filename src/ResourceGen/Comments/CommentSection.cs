using ResourceGen.Security;
using ResourceGen.Text;

namespace ResourceGen.Comments;

/// <summary>The comments of one page, as templates see it (<c>comments</c>); pages without comments have none.</summary>
internal sealed record CommentSection
{
    /// <summary>The provider's name in site.yml: <c>giscus</c>, …, <c>static</c>.</summary>
    public required string Provider { get; init; }
    /// <summary>The provider's name as readers know it ("giscus", "Disqus"); empty for static threads.</summary>
    public string Title { get; init; } = "";
    /// <summary>The server the provider's script comes from (<c>giscus.app</c>); empty for static threads.</summary>
    public string Host { get; init; } = "";
    /// <summary>True when the embed waits for the reader's consent; false when it loads as the reader scrolls near it.</summary>
    public bool Consent { get; init; }
    /// <summary>The provider's embed markup, which the page keeps inert in a <c>&lt;template&gt;</c> until it loads.</summary>
    public HtmlFragment Embed { get; init; } = HtmlFragment.Empty;
    /// <summary>True for threads kept in the repository and written into the page.</summary>
    public bool IsStatic => Provider == "static";
    /// <summary>Static threads: the comments that start a conversation, each with its replies.</summary>
    public IReadOnlyList<CommentNode> Thread { get; init; } = [];
    /// <summary>Static threads: how many comments the page shows.</summary>
    public int Count => Thread.Sum(c => c.Count);
    /// <summary>Static threads: the reply form, when site.yml gives an endpoint.</summary>
    public CommentForm? Form { get; init; }
    /// <summary>What the page's Content-Security-Policy must allow for these comments.</summary>
    public IReadOnlyList<PolicySource> Sources { get; init; } = [];
}
