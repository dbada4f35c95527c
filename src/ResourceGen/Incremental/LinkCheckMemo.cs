using ResourceGen.Diagnostics;
using ResourceGen.Markdown;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Validation;

namespace ResourceGen.Incremental;

/// <summary>
/// Checks links again only where the answer can have changed: the links of a body rendered anew, links to a page
/// whose body (and so whose anchors) changed, and links to site paths. When pages were added or removed, every link
/// is checked again. Bodies are known by their index, since they come in the order of their files.
/// </summary>
internal sealed class LinkCheckMemo
{
    private readonly Dictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _linkedFrom = new(StringComparer.Ordinal);
    private readonly HashSet<int> _toSitePaths = [];
    private IReadOnlyList<Page> _lastPages = [];
    private IReadOnlyList<RenderedBody> _lastBodies = [];
    private DiagnosticBag?[] _lastProblems = [];

    /// <summary>Same as <see cref="LinkChecker.Check(IEnumerable{PendingLinkCheck}, IReadOnlyList{Page}, IReadOnlyList{OutputFile}, DiagnosticBag)"/> for the links of <paramref name="bodies"/>.</summary>
    public void Check(IReadOnlyList<RenderedBody> bodies, IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var changedPages = PagesWithOtherBodies(pages);
        var outputPaths = LinkChecker.OutputPaths(files);
        var sameBodies = changedPages is not null && bodies.Count == _lastBodies.Count;
        var problems = sameBodies ? (DiagnosticBag?[])_lastProblems.Clone() : new DiagnosticBag?[bodies.Count];
        foreach (var i in sameBodies ? ToCheckAgain(bodies, changedPages!) : Reindexed(bodies))
        {
            var own = new DiagnosticBag();
            LinkChecker.Check(bodies[i].Pending, _pages, outputPaths, own);
            problems[i] = own.IsEmpty ? null : own;
        }
        foreach (var found in problems.OfType<DiagnosticBag>()) diagnostics.AddRange(found);
        (_lastBodies, _lastProblems) = (bodies, problems);
    }

    private HashSet<int> ToCheckAgain(IReadOnlyList<RenderedBody> bodies, HashSet<string> changedPages)
    {
        var again = new HashSet<int>(_toSitePaths);
        for (var i = 0; i < bodies.Count; i++)
        {
            if (ReferenceEquals(bodies[i], _lastBodies[i])) continue;
            Index(i, _lastBodies[i], add: false);
            Index(i, bodies[i], add: true);
            again.Add(i);
        }
        foreach (var page in changedPages)
        {
            if (_linkedFrom.TryGetValue(page, out var linking)) again.UnionWith(linking);
        }
        return again;
    }

    private IEnumerable<int> Reindexed(IReadOnlyList<RenderedBody> bodies)
    {
        _linkedFrom.Clear();
        _toSitePaths.Clear();
        for (var i = 0; i < bodies.Count; i++) Index(i, bodies[i], add: true);
        return Enumerable.Range(0, bodies.Count);
    }

    private void Index(int index, RenderedBody body, bool add)
    {
        foreach (var link in body.Pending)
        {
            if (link.SitePath is not null) Update(_toSitePaths, index, add);
            else if (link.TargetPage is { } target)
            {
                if (!_linkedFrom.TryGetValue(target, out var linking)) _linkedFrom[target] = linking = [];
                Update(linking, index, add);
            }
        }
    }

    private static void Update(HashSet<int> indexes, int index, bool add)
    {
        if (add) indexes.Add(index);
        else indexes.Remove(index);
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
