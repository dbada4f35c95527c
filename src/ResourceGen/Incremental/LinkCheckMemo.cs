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
    private IReadOnlyList<Page> _lastPages = [];
    private IReadOnlyList<RenderedBody> _lastBodies = [];
    private DiagnosticBag?[] _lastProblems = [];

    /// <summary>Same as <see cref="LinkChecker.Check(IEnumerable{PendingLinkCheck}, IReadOnlyList{Page}, IReadOnlyList{OutputFile}, DiagnosticBag)"/> for the links of <paramref name="bodies"/>.</summary>
    public void Check(IReadOnlyList<RenderedBody> bodies, IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var changed = PagesWithOtherBodies(pages);
        var outputPaths = LinkChecker.OutputPaths(files);
        var problems = new DiagnosticBag?[bodies.Count];
        // Bodies come in the order of their files, which stays the same until a page is added or removed.
        var kept = changed is not null && bodies.Count == _lastBodies.Count;
        for (var i = 0; i < bodies.Count; i++)
        {
            if (kept && ReferenceEquals(bodies[i], _lastBodies[i]) && !MayHaveChanged(bodies[i], changed!))
            {
                problems[i] = _lastProblems[i];
            }
            else
            {
                var own = new DiagnosticBag();
                LinkChecker.Check(bodies[i].Pending, _pages, outputPaths, own);
                problems[i] = own.IsEmpty ? null : own;
            }
            if (problems[i] is { } found) diagnostics.AddRange(found);
        }
        (_lastBodies, _lastProblems) = (bodies, problems);
    }

    private static bool MayHaveChanged(RenderedBody body, HashSet<string> changedPages)
    {
        for (var i = 0; i < body.Pending.Count; i++)
        {
            var link = body.Pending[i];
            if (link.SitePath is not null || (link.TargetPage is { } target && changedPages.Contains(target))) return true;
        }
        return false;
    }

    // Brings the pages by source path up to date; returns the pages whose body is another object than last build,
    // or null when a page was added or removed.
    private HashSet<string>? PagesWithOtherBodies(IReadOnlyList<Page> pages)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var aligned = pages.Count == _lastPages.Count;
        for (var i = 0; i < pages.Count && aligned; i++)
        {
            var (before, page) = (_lastPages[i], pages[i]);
            if (ReferenceEquals(before, page)) continue;
            aligned = before.SourcePath == page.SourcePath;
            if (!ReferenceEquals(before.Content, page.Content)) changed.Add(page.SourcePath);
            _pages[page.SourcePath] = page;
        }
        _lastPages = pages;
        if (aligned) return changed;
        _pages.Clear();
        foreach (var page in pages) _pages[page.SourcePath] = page;
        return null;
    }
}
