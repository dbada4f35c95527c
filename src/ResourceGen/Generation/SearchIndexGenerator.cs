using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Search;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>
/// The sharded search index under <c>/search/</c> that the search page reads (<see cref="SearchShardWriter"/>; only
/// when the theme has a search page), and,
/// unless <c>search.lunr_export</c> is false, the lunr export: <c>/search-index.json</c> (a serialised lunr 2.3.9
/// index that <c>lunr.Index.load</c> accepts) and <c>/search-docs.json</c>, which maps each short ref to what a
/// result shows and facets filter on.
/// </summary>
internal sealed class SearchIndexGenerator : IOutputGenerator
{
    /// <summary>The index's site path.</summary>
    public const string IndexPath = "search-index.json";

    /// <summary>The document store's site path.</summary>
    public const string DocsPath = "search-docs.json";

    /// <inheritdoc />
    public bool Deferrable => true;

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var pages = context.Site.Pages;
        // Only the theme's search page reads the sharded index; a theme without one gets the lunr export alone.
        var shards = context.Renderer.HasTemplate(SearchPageGenerator.Template);
        var export = context.Site.Config.Search.LunrExport;
        if (!shards && !export) return [];

        var config = context.Site.Config;
        var index = BuildIndex(pages, config.Search.Boosts, LunrLanguage.For(config.Language));
        var files = new List<OutputFile>();
        var prefix = config.CurrentLanguage.Prefix;
        if (shards) files.AddRange(SearchShardWriter.Write(index, Facets(pages), [.. pages.Select(Card)]).Select(f => prefix.Length == 0 ? f : f with { Path = prefix + f.Path }));
        if (export)
        {
            var docs = new Dictionary<string, SearchDocument>(pages.Count, StringComparer.Ordinal);
            for (var i = 0; i < pages.Count; i++) docs[ShortRef(i)] = Document(pages[i]);
            files.Add(new OutputFile(prefix + IndexPath, LunrIndexSerializer.Serialize(index)));
            files.Add(new OutputFile(prefix + DocsPath, ShardJson.Bytes(docs)));
        }
        return files;
    }

    private static LunrIndex BuildIndex(IReadOnlyList<Page> pages, IReadOnlyDictionary<string, double> boosts, LunrLanguage language)
    {
        var builder = new LunrIndexBuilder(language);
        foreach (var (field, boost) in boosts) builder.Field(field, boost);
        for (var i = 0; i < pages.Count; i++) builder.Add(ShortRef(i), [.. boosts.Keys.Select(field => FieldValue(pages[i], field))]);
        return builder.Build();
    }

    private static SearchDocument Document(Page page) => new(page.Url, page.Title, page.Type, page.Summary,
        [.. page.Tags.Select(t => t.Name)], [.. page.Audience.Select(a => a.Name)], TemplateFunctions.DateIso(page.Date));

    private static byte[] Card(Page page) => ShardJson.Bytes(new SearchCard(page.Url, page.Title, page.Type, page.Summary,
        [.. page.Tags.Select(t => t.Slug)], TemplateFunctions.DateIso(page.Date), [.. page.Toc.Select(h => new[] { h.Text, h.Id })]));

    private static SearchFacetGroup[] Facets(IReadOnlyList<Page> pages) =>
    [
        new("type", [.. pages.Select(p => (IReadOnlyList<string>)[p.Type])]),
        new("audience", [.. pages.Select(p => (IReadOnlyList<string>)[.. p.Audience.Select(a => a.Name)])]),
        new("tag", [.. pages.Select(p => (IReadOnlyList<string>)[.. p.Tags.Select(t => t.Slug)])]),
    ];

    /// <summary>Refs are base-36 numbers: every posting and vector repeats the ref, so short refs keep the index small.</summary>
    public static string ShortRef(int index)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (index == 0) return "0";
        var chars = new Stack<char>();
        for (var n = index; n > 0; n /= 36) chars.Push(digits[n % 36]);
        return new string([.. chars]);
    }

    // Tags are indexed as words (a tag "school-age" is found by "school"), so they go in as one text, not a list.
    private static LunrFieldValue FieldValue(Page page, string field) => field switch
    {
        "title" => page.Title,
        "tags" => string.Join(' ', page.Tags.Select(t => t.Name)),
        "summary" => page.Summary,
        "body" => page.PlainText,
        _ => LunrFieldValue.Missing,
    };
}
