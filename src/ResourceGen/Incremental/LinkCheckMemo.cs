using ResourceGen.Diagnostics;
using ResourceGen.Markdown;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Validation;

namespace ResourceGen.Incremental;

/// <summary>
/// Checks links again only where the answer can have changed: the links of a body rendered anew, links to a page
/// whose body (and so whose anchors) changed, and links to site paths. When pages were added or removed, every link
/// is checked again.
/// </summary>
internal sealed class LinkCheckMemo
{
    private readonly Dictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private Dictionary<RenderedBody, DiagnosticBag?> _last = new(ReferenceEqualityComparer.Instance);
    private Dictionary<RenderedBody, DiagnosticBag?> _current = new(ReferenceEqualityComparer.Instance);

    /// <summary>Same as <see cref="LinkChecker.Check(IEnumerable{PendingLinkCheck}, IReadOnlyList{Page}, IReadOnlyList{OutputFile}, DiagnosticBag)"/> for the links of <paramref name="bodies"/>.</summary>
    public void Check(IReadOnlyList<RenderedBody> bodies, IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var changed = PagesWithOtherBodies(pages);
        var outputPaths = LinkChecker.OutputPaths(files);
        (_last, _current) = (_current, _last);
        _current.Clear();
        foreach (var body in bodies)
        {
            if (changed is null || !_last.TryGetValue(body, out var problems) || body.Pending.Any(link => link.SitePath is not null || (link.TargetPage is { } target && changed.Contains(target))))
            {
                var own = new DiagnosticBag();
                LinkChecker.Check(body.Pending, _pages, outputPaths, own);
                problems = own.IsEmpty ? null : own;
            }
            _current[body] = problems;
            if (problems is not null) diagnostics.AddRange(problems);
        }
    }

    // Brings the pages by source path up to date; returns the pages whose body is another object than last build,
    // or null when a page was added or removed.
    private HashSet<string>? PagesWithOtherBodies(IReadOnlyList<Page> pages)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var added = false;
        foreach (var page in pages)
        {
            if (_pages.TryGetValue(page.SourcePath, out var old) && ReferenceEquals(old, page)) continue;
            added |= old is null;
            if (old is null || !ReferenceEquals(old.Content, page.Content)) changed.Add(page.SourcePath);
            _pages[page.SourcePath] = page;
        }
        if (!added && _pages.Count == pages.Count) return changed;
        if (_pages.Count != pages.Count)
        {
            var present = pages.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
            foreach (var path in _pages.Keys.Where(p => !present.Contains(p)).ToList()) _pages.Remove(path);
        }
        return null;
    }
}
