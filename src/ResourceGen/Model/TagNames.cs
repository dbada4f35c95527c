using ResourceGen.Text;

namespace ResourceGen.Model;

/// <summary>
/// Normalises tags: <c>Fine Motor</c>, <c>fine motor</c> and <c>fine-motor</c> are one tag with slug
/// <c>fine-motor</c>, shown with the spelling most pages use (ties: the first in ordinal order).
/// </summary>
internal sealed class TagNames
{
    private readonly Dictionary<string, string> _displayBySlug;
    private readonly Dictionary<string, string> _slugBySpelling = new(StringComparer.Ordinal);

    /// <summary>Counts the spellings of every tag in <paramref name="tagLists"/>.</summary>
    public TagNames(IEnumerable<IReadOnlyList<string>> tagLists)
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var tag in tagLists.SelectMany(list => list))
        {
            if (!_slugBySpelling.TryGetValue(tag, out var slug)) _slugBySpelling[tag] = slug = Slugifier.Slugify(tag);
            if (slug.Length == 0) continue;
            if (!spellings.TryGetValue(slug, out var counts)) spellings[slug] = counts = new(StringComparer.Ordinal);
            counts[tag] = counts.GetValueOrDefault(tag) + 1;
        }
        _displayBySlug = spellings.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    /// <summary>The slug of a tag spelling; each spelling counted here is slugified only once however many pages use it.</summary>
    public string Slug(string spelling) => _slugBySpelling.TryGetValue(spelling, out var slug) ? slug : Slugifier.Slugify(spelling);

    /// <summary>The display name of the tag with <paramref name="slug"/>.</summary>
    public string Display(string slug) => _displayBySlug[slug];
}
