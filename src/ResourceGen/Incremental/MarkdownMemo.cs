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

    // Problems is null when the body had none, so collecting them never looks into an empty bag.
    private sealed record Entry(string Body, int BodyFirstLine, Dictionary<string, Answer> Answers, RenderedBody Rendered, DiagnosticBag? Problems);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private LinkTargets? _targets;
    private HashSet<string> _checkedWithTargets = new(StringComparer.Ordinal);
    private (IReadOnlyList<ContentItem> Items, Entry?[] Entries)? _last;

    /// <summary>
    /// The rendered body of each of <paramref name="items"/>: remembered, or made by <paramref name="render"/>.
    /// Their diagnostics go to <paramref name="diagnostics"/>.
    /// </summary>
    public List<RenderedBody> RenderAll(IReadOnlyList<ContentItem> items, LinkTargets targets, Func<ContentItem, DiagnosticBag, RenderedBody> render, DiagnosticBag diagnostics)
    {
        // While every link target resolves as in the last build, a body checked in the last build is valid if its text is the same.
        // The same targets object (LinkTargetsMemo) comes with the same pages, all of them checked with it last build.
        var sameObject = ReferenceEquals(_targets, targets);
        var sameTargets = sameObject || (_targets is { } known && SameTargets(known, targets));
        // It also comes with the same files in the same order, so an item that is the same object keeps its body.
        var last = sameObject && _last?.Items.Count == items.Count ? _last : null;
        var entries = new Entry?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (last is { } kept && ReferenceEquals(kept.Items[i], item)) entries[i] = kept.Entries[i];
            else if (_entries.TryGetValue(item.SourcePath, out var entry)
                && StillValid(entry, item, sameObject || (sameTargets && _checkedWithTargets.Contains(item.SourcePath)) ? null : targets)) entries[i] = entry;
        }
        if (!sameObject) (_targets, _checkedWithTargets) = (targets, items.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal));
        MissingResults.Compute(entries, i =>
        {
            var own = new DiagnosticBag();
            var rendered = render(items[i], own);
            var answers = rendered.Consulted.ToDictionary(path => path, path => Answer.Of(targets, path), StringComparer.Ordinal);
            return _entries[items[i].SourcePath] = new Entry(items[i].Body, items[i].BodyFirstLine, answers, rendered, own.IsEmpty ? null : own);
        });
        _last = (items, entries);
        foreach (var problems in entries.Select(e => e!.Problems).OfType<DiagnosticBag>()) diagnostics.AddRange(problems);
        return entries.Select(e => e!.Rendered).ToList();
    }

    private static bool SameTargets(LinkTargets a, LinkTargets b) =>
        a.PageUrls.Count == b.PageUrls.Count && a.PageUrls.All(pair => b.PageUrls.TryGetValue(pair.Key, out var url) && url == pair.Value)
        && a.Drafts.SetEquals(b.Drafts) && a.Unreadable.SetEquals(b.Unreadable) && a.Resources.SetEquals(b.Resources);

    /// <summary>Forgets pages that are not built any more.</summary>
    public void Retain(IEnumerable<ContentItem> items)
    {
        var present = items.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !present.Contains(p))) _entries.TryRemove(path, out _);
    }

    private static bool StillValid(Entry entry, ContentItem item, LinkTargets? changedTargets)
    {
        if (entry.Body != item.Body || entry.BodyFirstLine != item.BodyFirstLine) return false;
        if (changedTargets is not { } targets) return true;
        foreach (var (path, answer) in entry.Answers)
        {
            if (Answer.Of(targets, path) != answer) return false;
        }
        return true;
    }
}
