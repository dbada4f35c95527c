using System.Collections.Concurrent;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;

namespace ResourceGen.Incremental;

/// <summary>
/// Each page's rendered body, kept while the body is the same and every link target it looked up resolves as before
/// (a page added, removed, renamed or made a draft changes only the bodies that link to it).
/// </summary>
internal sealed class MarkdownMemo
{
    private readonly record struct Answer(string? Url, bool Draft, bool Unreadable, bool Resource)
    {
        public static Answer Of(LinkTargets targets, string path) => new(
            targets.PageUrls.GetValueOrDefault(path), targets.Drafts.Contains(path), targets.Unreadable.Contains(path), targets.Resources.Contains(path));
    }

    private sealed record Entry(string Body, int BodyFirstLine, Dictionary<string, Answer> Answers, RenderedBody Rendered, DiagnosticBag Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The remembered body of <paramref name="item"/>, or <paramref name="render"/>'s; its diagnostics go to <paramref name="diagnostics"/>.</summary>
    public RenderedBody Render(ContentItem item, LinkTargets targets, Func<DiagnosticBag, RenderedBody> render, DiagnosticBag diagnostics)
    {
        if (!_entries.TryGetValue(item.SourcePath, out var entry) || !StillValid(entry, item, targets))
        {
            var own = new DiagnosticBag();
            var rendered = render(own);
            var answers = rendered.Consulted.ToDictionary(path => path, path => Answer.Of(targets, path), StringComparer.Ordinal);
            entry = new Entry(item.Body, item.BodyFirstLine, answers, rendered, own);
            _entries[item.SourcePath] = entry;
        }
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Rendered;
    }

    /// <summary>Forgets pages that are not built any more.</summary>
    public void Retain(IEnumerable<ContentItem> items)
    {
        var present = items.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !present.Contains(p))) _entries.TryRemove(path, out _);
    }

    private static bool StillValid(Entry entry, ContentItem item, LinkTargets targets) =>
        entry.Body == item.Body && entry.BodyFirstLine == item.BodyFirstLine && entry.Answers.All(a => Answer.Of(targets, a.Key) == a.Value);
}
