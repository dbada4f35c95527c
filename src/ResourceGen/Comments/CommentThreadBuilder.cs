using System.Globalization;
using ResourceGen.Diagnostics;
using ResourceGen.Text;

namespace ResourceGen.Comments;

/// <summary>Turns the comment files of one thread into nested comments, checking that every <c>reply_to</c> names a comment of the thread.</summary>
internal static class CommentThreadBuilder
{
    /// <summary>The comments that start a thread, each with its replies, oldest first; replies to unknown comments are reported.</summary>
    public static IReadOnlyList<CommentNode> Build(IReadOnlyList<StaticComment> comments, CommentBodyRenderer bodies, DiagnosticBag diagnostics)
    {
        var byId = comments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var children = comments
            .Where(c => c.ReplyTo is not null)
            .ToLookup(c => c.ReplyTo!, StringComparer.Ordinal);
        foreach (var orphan in comments.Where(c => c.ReplyTo is not null && !byId.ContainsKey(c.ReplyTo)))
        {
            diagnostics.Error(DiagnosticCodes.CommentReplyTarget, orphan.File, orphan.ReplyToLine, orphan.ReplyToColumn,
                $"'reply_to' names '{orphan.ReplyTo}', but this thread has no comment file {orphan.ReplyTo}.yml{SpellingSuggester.Hint(orphan.ReplyTo!, byId.Keys)}");
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        CommentNode Node(StaticComment comment, StaticComment? parent)
        {
            placed.Add(comment.Id);
            var (body, sources) = bodies.Render(comment.Body);
            return new CommentNode
            {
                Id = comment.Id,
                Name = comment.Name,
                Date = DateOnly.FromDateTime(comment.Date.UtcDateTime),
                Timestamp = comment.HasTime
                    ? comment.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                    : comment.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Body = body,
                EmbeddedSources = sources,
                ReplyToName = parent?.Name,
                ReplyToAnchor = parent is null ? null : "comment-" + parent.Id,
                Replies = Oldest(children[comment.Id]).Select(reply => Node(reply, comment)).ToList(),
            };
        }
        var roots = Oldest(comments.Where(c => c.ReplyTo is null)).Select(c => Node(c, null)).ToList();

        foreach (var looped in comments.Where(c => !placed.Contains(c.Id)))
        {
            if (Loop(looped, byId) is { } loop)
                diagnostics.Error(DiagnosticCodes.CommentReplyTarget, looped.File, looped.ReplyToLine, looped.ReplyToColumn,
                    $"the replies form a loop ({loop}), so none of them can be shown; one of them must answer a comment outside the loop, or none");
        }
        return roots;
    }

    private static IEnumerable<StaticComment> Oldest(IEnumerable<StaticComment> comments) =>
        comments.OrderBy(c => c.Date).ThenBy(c => c.Id, StringComparer.Ordinal);

    /// <summary>The chain of replies from <paramref name="start"/> round its loop, or null when it ends at an unknown comment (reported already).</summary>
    private static string? Loop(StaticComment start, Dictionary<string, StaticComment> byId)
    {
        var path = new List<string>();
        var current = start;
        while (!path.Contains(current.Id))
        {
            path.Add(current.Id);
            if (current.ReplyTo is null || !byId.TryGetValue(current.ReplyTo, out var parent)) return null;
            current = parent;
        }
        return string.Join(" → ", path.Append(current.Id));
    }
}
