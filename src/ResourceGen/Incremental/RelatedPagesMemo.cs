using ResourceGen.Model;

namespace ResourceGen.Incremental;

/// <summary>
/// Reuses the last build's related pages while the pages, in order, carry the same tags: related pages depend on
/// nothing else, so a body or title edit skips the most expensive part of the model.
/// </summary>
internal sealed class RelatedPagesMemo
{
    private IReadOnlyList<TermLink>[] _tags = [];
    private int[][] _related = [];

    /// <summary>Same as <see cref="RelatedPages.Find"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Page>> Find(IReadOnlyList<Page> pages)
    {
        var tags = pages.Select(p => p.Tags).ToArray();
        if (tags.Length != _tags.Length || !tags.Zip(_tags).All(pair => SameSlugs(pair.First, pair.Second)))
        {
            var index = new Dictionary<Page, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < pages.Count; i++) index[pages[i]] = i;
            _related = RelatedPages.Find(pages).Select(list => list.Select(p => index[p]).ToArray()).ToArray();
            _tags = tags;
        }
        return _related.Select(list => (IReadOnlyList<Page>)list.Select(i => pages[i]).ToList()).ToList();
    }

    private static bool SameSlugs(IReadOnlyList<TermLink> a, IReadOnlyList<TermLink> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.Zip(b).All(pair => pair.First.Slug == pair.Second.Slug));
}
