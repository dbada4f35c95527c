using ResourceGen.Security;
using ResourceGen.Text;

namespace ResourceGen.Comments;

/// <summary>A static comment as templates see it (in <c>comments.thread</c>), with its replies.</summary>
internal sealed record CommentNode
{
    /// <summary>The comment's id: its file name without <c>.yml</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The element id of the comment, e.g. <c>comment-2026-03-14-priya</c>, for links to it.</summary>
    public string Anchor => "comment-" + Id;
    /// <summary>Who wrote it.</summary>
    public required string Name { get; init; }
    /// <summary>The day it was written, for <c>date_text</c>.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>When it was written, for the <c>datetime</c> attribute: <c>2026-03-14</c> or <c>2026-03-14T09:30:00Z</c>.</summary>
    public required string Timestamp { get; init; }
    /// <summary>The rendered, sanitised body.</summary>
    public required HtmlFragment Body { get; init; }
    /// <summary>The other origins the body loads from (an image hosted elsewhere), for the page's policy.</summary>
    public IReadOnlyList<PolicySource> EmbeddedSources { get; init; } = [];
    /// <summary>The name of the comment this one answers, or null for a comment that starts a thread.</summary>
    public string? ReplyToName { get; init; }
    /// <summary>The element id of the comment this one answers, or null.</summary>
    public string? ReplyToAnchor { get; init; }
    /// <summary>The answers to this comment, oldest first.</summary>
    public IReadOnlyList<CommentNode> Replies { get; init; } = [];
    /// <summary>How many comments this one and its replies hold together.</summary>
    public int Count => 1 + Replies.Sum(r => r.Count);
}
