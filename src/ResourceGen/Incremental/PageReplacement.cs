using ResourceGen.Model;

namespace ResourceGen.Incremental;

/// <summary>
/// Puts new page objects in the place of old ones in every list of a model. Each new page has the same type, tags
/// and audiences as the page it replaces, so only the lists of those are searched; the others stay the same objects.
/// </summary>
internal static class PageReplacement
{
    /// <summary>
    /// <paramref name="model"/> with <paramref name="pages"/> as its pages and, in every section, tag and audience,
    /// each page of <paramref name="replaced"/> swapped for its replacement.
    /// </summary>
    public static SiteModel Apply(SiteModel model, List<Page> pages, IReadOnlyDictionary<Page, Page> replaced)
    {
        var old = replaced.Keys.ToList();
        var types = old.Select(p => p.Type).ToHashSet(StringComparer.Ordinal);
        var tags = old.SelectMany(p => p.Tags).Select(t => t.Url).ToHashSet(StringComparer.Ordinal);
        var audiences = old.SelectMany(p => p.Audience).Select(t => t.Url).ToHashSet(StringComparer.Ordinal);
        return model with
        {
            Pages = pages,
            Sections = model.Sections.Select(section => types.Contains(section.Name) ? section with { Pages = Replace(section.Pages, replaced) } : section).ToList(),
            Tags = model.Tags.Select(term => tags.Contains(term.Url) ? term with { Pages = Replace(term.Pages, replaced) } : term).ToList(),
            Audiences = model.Audiences.Select(term => audiences.Contains(term.Url) ? term with { Pages = Replace(term.Pages, replaced) } : term).ToList(),
        };
    }

    private static List<Page> Replace(IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, Page> replaced)
    {
        // An edit replaces a handful of pages: comparing references with each of them is much cheaper than hashing
        // every page of a long list.
        var (old, replacements) = (replaced.Keys.ToArray(), replaced.Values.ToArray());
        var copy = new List<Page>(pages);
        for (var i = 0; i < copy.Count; i++)
        {
            for (var j = 0; j < old.Length; j++)
            {
                if (!ReferenceEquals(copy[i], old[j])) continue;
                copy[i] = replacements[j];
                break;
            }
        }
        return copy;
    }
}
