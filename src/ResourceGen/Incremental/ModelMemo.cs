using System.Collections.Concurrent;
using ResourceGen.Markdown;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Model;

namespace ResourceGen.Incremental;

/// <summary>
/// Keeps the last build's <see cref="Page"/> objects and reuses each one whose inputs are the same objects or values
/// as before (its checked file, rendered body, tags, series box and related pages). A reused page is the very same
/// object, so comparing the two models afterwards costs next to nothing for it. When no page changed its place in
/// the model's lists, the last model is updated rather than built again.
/// </summary>
internal sealed class ModelMemo
{
    private sealed record Made(ContentItem Item, RenderedContent Content, string[] TagSlugs, string[] TagNames, TagNames Names, SeriesInfo? Series, Page Page);

    // The last model, with its pages as made (in the order of the content files) and, for each of those, its index
    // in the pages sorted newest first (before their related pages were added).
    private sealed record LastModel(IReadOnlyList<Page> Made, int[] Positions, Page[] Sorted, SiteModel Model);

    private readonly ConcurrentDictionary<string, Made> _made = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Page Base, Page Page)> _withRelated = new(StringComparer.Ordinal);
    private readonly RelatedPagesMemo _related = new();
    private (IReadOnlyList<string>[] Spellings, TagNames Names)? _tagNames;
    private LastModel? _last;

    /// <summary>
    /// The page made last time from the same checked file and body, when its tags still show with the same names
    /// (a name follows the spelling most pages use) and its series box is the same; otherwise null.
    /// </summary>
    public Page? Reuse(RenderedItem rendered, TagNames tagNames, SeriesInfo? series)
    {
        if (!_made.TryGetValue(rendered.Item.SourcePath, out var made) || !ReferenceEquals(made.Item, rendered.Item) || !ReferenceEquals(made.Content, rendered.Rendered))
            return null;
        if (!ReferenceEquals(made.Names, tagNames))
        {
            for (var i = 0; i < made.TagSlugs.Length; i++)
            {
                if (tagNames.Display(made.TagSlugs[i]) != made.TagNames[i]) return null;
            }
            _made[rendered.Item.SourcePath] = made = made with { Names = tagNames };
        }
        return ModelValues.Same(made.Series, series) ? made.Page : null;
    }

    /// <summary>Remembers the page made from these inputs.</summary>
    public void Remember(RenderedItem rendered, string[] tagSlugs, string[] tagNames, TagNames names, SeriesInfo? series, Page page) =>
        _made[rendered.Item.SourcePath] = new Made(rendered.Item, rendered.Rendered, tagSlugs, tagNames, names, series, page);

    /// <summary>The tag names of <paramref name="items"/>: last build's while every item has the same tag spellings as then.</summary>
    public TagNames TagNames(IReadOnlyList<RenderedItem> items)
    {
        var spellings = items.Select(i => i.Item.FrontMatter.Tags).ToArray();
        if (_tagNames is { } known && known.Spellings.Length == spellings.Length && SameSpellings(known.Spellings, spellings)) return known.Names;
        var names = new TagNames(spellings);
        _tagNames = (spellings, names);
        return names;
    }

    private static bool SameSpellings(IReadOnlyList<string>[] a, IReadOnlyList<string>[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !a[i].SequenceEqual(b[i], StringComparer.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Same as <see cref="RelatedPages.Find"/>, reused while the pages carry the same tags in the same order.</summary>
    public IReadOnlyList<IReadOnlyList<Page>> FindRelated(IReadOnlyList<Page> pages) => _related.Find(pages);

    /// <summary><paramref name="page"/> with its related pages: last build's object when both are the same objects as then.</summary>
    public Page WithRelated(Page page, IReadOnlyList<Page> related)
    {
        if (_withRelated.TryGetValue(page.SourcePath, out var known) && ReferenceEquals(known.Base, page) && ReferenceEquals(known.Page.Related, related))
            return known.Page;
        var withRelated = page with { Related = related };
        _withRelated[page.SourcePath] = (page, withRelated);
        return withRelated;
    }

    /// <summary>
    /// Remembers a model built in full from <paramref name="made"/> (the pages as made, in the order of the content
    /// files) and <paramref name="sorted"/> (the same pages newest first), before their related pages were added.
    /// </summary>
    public void Remember(IReadOnlyList<Page> made, IReadOnlyList<Page> sorted, SiteModel model)
    {
        var positions = new Dictionary<string, int>(sorted.Count, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++) positions[sorted[i].SourcePath] = i;
        _last = new LastModel(made, [.. made.Select(p => positions[p.SourcePath])], [.. sorted], model);
    }

    /// <summary>
    /// The last model with <paramref name="pages"/> (as made this build, in the order of the content files) in
    /// place of the pages they replace, when the same files make the pages and each page keeps its place in every
    /// list (<see cref="SiteModelBuilder.SamePlaces"/>); null when the model must be built in full.
    /// </summary>
    public SiteModel? Update(SiteConfig config, IReadOnlyList<Page> pages)
    {
        if (_last is not { } last || pages.Count != last.Made.Count) return null;
        var sorted = (Page[])last.Sorted.Clone();
        var moved = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (ReferenceEquals(pages[i], last.Made[i])) continue;
            // Files come in the same order until one is added or removed.
            if (pages[i].SourcePath != last.Made[i].SourcePath || !SiteModelBuilder.SamePlaces(sorted[last.Positions[i]], pages[i])) return null;
            sorted[last.Positions[i]] = pages[i];
            moved.Add(last.Positions[i]);
        }
        var related = _related.Replace(sorted, moved, out var otherLists);
        var withRelated = new List<Page>(last.Model.Pages);
        var replaced = new Dictionary<Page, Page>(ReferenceEqualityComparer.Instance);
        foreach (var i in otherLists.Union(moved))
        {
            withRelated[i] = WithRelated(sorted[i], related[i]);
            if (!ReferenceEquals(withRelated[i], last.Model.Pages[i])) replaced[last.Model.Pages[i]] = withRelated[i];
        }
        var model = (replaced.Count == 0 ? last.Model : PageReplacement.Apply(last.Model, withRelated, replaced)) with { Config = config };
        _last = last with { Made = pages, Sorted = sorted, Model = model };
        return model;
    }

    /// <summary>Forgets pages that are not built any more.</summary>
    public void Retain(IReadOnlySet<string> sourcePaths)
    {
        foreach (var path in _made.Keys.Where(p => !sourcePaths.Contains(p))) _made.TryRemove(path, out _);
        foreach (var path in _withRelated.Keys.Where(p => !sourcePaths.Contains(p))) _withRelated.TryRemove(path, out _);
    }
}
