using System.Text.Encodings.Web;
using System.Text.Json;
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

    private static readonly JsonSerializerOptions DocsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public bool Deferrable => true;

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var pages = context.Site.Pages;
        var boosts = context.Site.Config.Search.Boosts;
        var builder = new LunrIndexBuilder();
        foreach (var (field, boost) in boosts) builder.Field(field, boost);

        var docs = new Dictionary<string, SearchDocument>(pages.Count, StringComparer.Ordinal);
        var cards = new byte[pages.Count][];
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var reference = ShortRef(i);
            var tags = page.Tags.Select(t => t.Name).ToList();
            var tagSlugs = page.Tags.Select(t => t.Slug).ToList();
            var date = TemplateFunctions.DateIso(page.Date);
            builder.Add(reference, [.. boosts.Keys.Select(field => FieldValue(page, field))]);
            docs[reference] = new SearchDocument(page.Url, page.Title, page.Type, page.Summary, tags, page.Audience.Select(a => a.Name).ToList(), date);
            cards[i] = JsonSerializer.SerializeToUtf8Bytes(
                new SearchCard(page.Url, page.Title, page.Type, page.Summary, tagSlugs, date, [.. page.Toc.Select(h => new[] { h.Text, h.Id })]), DocsJson);
        }

        var index = builder.Build();
        SearchFacetGroup[] facets =
        [
            new("type", [.. pages.Select(p => (IReadOnlyList<string>)[p.Type])]),
            new("audience", [.. pages.Select(p => (IReadOnlyList<string>)[.. p.Audience.Select(a => a.Name)])]),
            new("tag", [.. pages.Select(p => (IReadOnlyList<string>)[.. p.Tags.Select(t => t.Slug)])]),
        ];
        // Only the theme's search page reads the sharded index; a theme without one gets the lunr export alone.
        if (context.Renderer.HasTemplate(SearchPageGenerator.Template))
        {
            foreach (var file in SearchShardWriter.Write(index, facets, cards)) yield return file;
        }
        if (!context.Site.Config.Search.LunrExport) yield break;
        yield return new OutputFile(IndexPath, LunrIndexSerializer.Serialize(index));
        yield return new OutputFile(DocsPath, JsonSerializer.SerializeToUtf8Bytes(docs, DocsJson));
    }

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
