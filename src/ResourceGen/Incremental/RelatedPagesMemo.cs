using ResourceGen.Model;

namespace ResourceGen.Incremental;

/// <summary>
/// Reuses the last build's related pages while the pages, in order, carry the same tags: related pages depend on
/// nothing else, so a body or title edit skips the most expensive part of the model. A page's list is the very
/// same list object as last time when the pages in it are the same objects.
/// </summary>
internal sealed class RelatedPagesMemo
{
    private IReadOnlyList<TermLink>[] _tags = [];
    private int[][] _related = [];
    private IReadOnlyList<Page>[] _lists = [];
    private List<int>[] _listedIn = [];

    /// <summary>Same as <see cref="RelatedPages.Find"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Page>> Find(IReadOnlyList<Page> pages)
    {
        var tags = new IReadOnlyList<TermLink>[pages.Count];
        var same = pages.Count == _tags.Length;
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = pages[i].Tags;
            same = same && SameSlugs(tags[i], _tags[i]);
        }
        if (!same)
        {
            var index = new Dictionary<Page, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < pages.Count; i++) index[pages[i]] = i;
            _related = RelatedPages.Find(pages).Select(list => list.Select(p => index[p]).ToArray()).ToArray();
            _lists = new IReadOnlyList<Page>[pages.Count];
            _listedIn = ListedIn(_related);
        }
        _tags = tags;
        for (var i = 0; i < _related.Length; i++)
        {
            if (_lists[i] is not { } known || !SameObjects(known, _related[i], pages)) _lists[i] = Array.ConvertAll(_related[i], r => pages[r]);
        }
        return _lists;
    }

    /// <summary>
    /// Same as <see cref="Find"/> when only the pages at <paramref name="positions"/> are other objects than last
    /// time, with the same tags; returns the positions whose list of related pages is another list.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Page>> Replace(IReadOnlyList<Page> pages, IReadOnlyList<int> positions, out HashSet<int> changedLists)
    {
        changedLists = [];
        foreach (var position in positions)
        {
            _tags[position] = pages[position].Tags;
            foreach (var listing in _listedIn[position])
            {
                if (changedLists.Add(listing)) _lists[listing] = Array.ConvertAll(_related[listing], r => pages[r]);
            }
        }
        return _lists;
    }

    // For each page, the pages whose related pages include it.
    private static List<int>[] ListedIn(int[][] related)
    {
        var listedIn = new List<int>[related.Length];
        for (var i = 0; i < listedIn.Length; i++) listedIn[i] = [];
        for (var i = 0; i < related.Length; i++)
        {
            foreach (var r in related[i]) listedIn[r].Add(i);
        }
        return listedIn;
    }

    private static bool SameObjects(IReadOnlyList<Page> known, int[] indexes, IReadOnlyList<Page> pages)
    {
        for (var i = 0; i < indexes.Length; i++)
        {
            if (!ReferenceEquals(known[i], pages[indexes[i]])) return false;
        }
        return true;
    }

    private static bool SameSlugs(IReadOnlyList<TermLink> a, IReadOnlyList<TermLink> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Slug != b[i].Slug) return false;
        }
        return true;
    }
}
