using ResourceGen.Model;

namespace ResourceGen.Incremental;

/// <summary>
/// Reuses the last build's related pages while the pages, in order, carry the same tags: related pages depend on
/// nothing else, so a body or title edit skips the most expensive part of the model.
/// </summary>
internal sealed class RelatedPagesMemo
{
    private string[][] _tags = [];
    private int[][] _related = [];

    /// <summary>Same as <see cref="RelatedPages.Find"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Page>> Find(IReadOnlyList<Page> pages)
    {
        var tags = pages.Select(p => p.Tags.Select(t => t.Slug).ToArray()).ToArray();
        if (tags.Length != _tags.Length || !tags.Zip(_tags).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second)))
        {
            var index = new Dictionary<Page, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < pages.Count; i++) index[pages[i]] = i;
            _related = RelatedPages.Find(pages).Select(list => list.Select(p => index[p]).ToArray()).ToArray();
            _tags = tags;
        }
        return _related.Select(list => (IReadOnlyList<Page>)list.Select(i => pages[i]).ToList()).ToList();
    }
}
