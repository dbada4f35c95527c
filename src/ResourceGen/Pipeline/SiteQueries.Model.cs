using ResourceGen.Content;
using ResourceGen.Engine;
using ResourceGen.Model;
using ResourceGen.Validation;

namespace ResourceGen.Pipeline;

internal sealed partial class SiteQueries
{
    /// <summary>A page's tags as written, by path.</summary>
    public Query<string, NoArgument, IReadOnlyList<string>> TagSpellings { get; private set; } = null!;

    /// <summary>Each tag's slug and the name it shows with (the spelling most pages use).</summary>
    public Query<NoArgument, NoArgument, TagNames> TagNames { get; private set; } = null!;

    /// <summary>A page's series, by path; null when it is in none.</summary>
    public Query<string, NoArgument, string?> SeriesName { get; private set; } = null!;

    /// <summary>The series and their parts.</summary>
    public Query<NoArgument, NoArgument, SeriesIndex?> Series { get; private set; } = null!;

    /// <summary>A page as templates see it, without its related pages, by path.</summary>
    public Query<string, NoArgument, Page?> BasePage { get; private set; } = null!;

    /// <summary>A page's place in the newest-first order, with its tags, by path.</summary>
    public Query<string, NoArgument, PagePlace?> Place { get; private set; } = null!;

    /// <summary>The pages in newest-first order, and each one's related pages.</summary>
    public Query<NoArgument, NoArgument, SiteStructure> Structure { get; private set; } = null!;

    /// <summary>A page's related pages (their paths), by path.</summary>
    public Query<string, NoArgument, IReadOnlyList<string>> RelatedOf { get; private set; } = null!;

    /// <summary>A page with its related pages, by path.</summary>
    public Query<string, NoArgument, Page?> FullPage { get; private set; } = null!;

    /// <summary>The site model.</summary>
    public Query<NoArgument, NoArgument, SiteModel?> Model { get; private set; } = null!;

    private void DefineModel(QueryStore store)
    {
        TagSpellings = Define<string, IReadOnlyList<string>>(store, (c, path) => c.Get(Item, path)?.FrontMatter.Tags ?? [], ValueComparers.Sequence<string>());
        TagNames = Define(store, (c, _) => new TagNames(c.GetAll(TagSpellings, c.Get(Published, default))), ValueComparers.Reference<TagNames>());
        SeriesName = Define<string, string?>(store, (c, path) => c.Get(Item, path)?.FrontMatter.Series, EqualityComparer<string?>.Default);
        Series = Define(store, FindSeries, ValueComparers.Reference<SeriesIndex?>());
        BasePage = Define<string, Page?>(store, MakePage, ValueComparers.Reference<Page?>());
        Place = Define<string, PagePlace?>(store, (c, path) => c.Get(BasePage, path) is { } page ? PagePlace.Of(page) : null, EqualityComparer<PagePlace?>.Default);
        Structure = Define(store, (c, _) => SiteStructure.Of([.. c.GetAll(Place, c.Get(Published, default)).OfType<PagePlace>()]), ValueComparers.Reference<SiteStructure>());
        RelatedOf = Define<string, IReadOnlyList<string>>(store, (c, path) => c.Get(Structure, default).Related.GetValueOrDefault(path) ?? [], ValueComparers.Sequence<string>());
        FullPage = Define<string, Page?>(store, (c, path) => c.Get(BasePage, path) is { } page ? page with { Related = [.. c.GetAll(BasePage, c.Get(RelatedOf, path)).OfType<Page>()] } : null, ValueComparers.Reference<Page?>());
        Model = Define(store, (c, _) => c.Get(Config, default) is { } config ? SiteModelBuilder.Assemble(config, [.. c.GetAll(FullPage, c.Get(Structure, default).Sorted).OfType<Page>()]) : null, ValueComparers.Reference<SiteModel?>());
    }

    private SeriesIndex? FindSeries(QueryContext context, NoArgument _)
    {
        if (context.Get(Config, default) is not { } config) return null;
        var published = context.Get(Published, default);
        var names = context.GetAll(SeriesName, published);
        var members = published.Where((_, i) => names[i] is not null).ToList();
        return new SeriesIndex(config, context.GetAll(Item, members).OfType<ContentItem>(), context.Diagnostics);
    }

    // Null for a file that is gone or has errors: the value may be brought up to date before anything asks for it.
    private Page? MakePage(QueryContext context, string path)
    {
        if (context.Get(Config, default) is not { } config || context.Get(Item, path) is not { } item || context.Get(Body, path) is not { } body) return null;
        var content = body.Content;
        RenderedContentChecks.Check([new RenderedItem(item, content)], context.Diagnostics);
        var series = item.FrontMatter.Series is null ? null : context.Get(Series, default)!.For(item);
        return SiteModelBuilder.MakePage(config, item, content, context.Get(TagNames, default), series);
    }
}

/// <summary>The order of the pages and the related pages of each, as paths: what changes only when a page's place does.</summary>
/// <param name="Sorted">The pages' paths, newest first.</param>
/// <param name="Related">Each page's related pages, by path.</param>
internal sealed record SiteStructure(IReadOnlyList<string> Sorted, IReadOnlyDictionary<string, string[]> Related)
{
    /// <summary>The structure of the pages at <paramref name="places"/>.</summary>
    public static SiteStructure Of(IReadOnlyList<PagePlace> places)
    {
        var sorted = places.ToArray();
        Array.Sort(sorted, (a, b) => PagePlace.NewestFirst(a.Date, a.Title, a.SourcePath, b.Date, b.Title, b.SourcePath));
        var related = RelatedPages.Find(Array.ConvertAll(sorted, p => p.TagSlugs));
        var byPath = new Dictionary<string, string[]>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++) byPath[sorted[i].SourcePath] = Array.ConvertAll(related[i], r => sorted[r].SourcePath);
        return new SiteStructure(Array.ConvertAll(sorted, p => p.SourcePath), byPath);
    }
}
