using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Engine;
using ResourceGen.Model;
using ResourceGen.Validation;

namespace ResourceGen.Pipeline;

internal sealed partial class SiteQueries
{
    /// <summary>The settings as one language's pages see them (<see cref="SiteConfig.ForLanguage"/>), with the theme's texts in it, by language code.</summary>
    public Query<string, NoArgument, SiteConfig?> LanguageConfig { get; private set; } = null!;

    /// <summary>The paths of the published pages in one language, in file order, by language code.</summary>
    public Query<string, NoArgument, IReadOnlyList<string>> PublishedIn { get; private set; } = null!;

    /// <summary>A translation's notice that its original changed after it, by path; null for an original or an up-to-date translation.</summary>
    public Query<string, NoArgument, TranslationNotice?> Outdated { get; private set; } = null!;

    /// <summary>A page's tags as written, by path.</summary>
    public Query<string, NoArgument, IReadOnlyList<string>> TagSpellings { get; private set; } = null!;

    /// <summary>Each tag's slug and the name it shows with (the spelling most pages use).</summary>
    public Query<NoArgument, NoArgument, TagNames> TagNames { get; private set; } = null!;

    /// <summary>A page's series, by path; null when it is in none.</summary>
    public Query<string, NoArgument, string?> SeriesName { get; private set; } = null!;

    /// <summary>The series and their parts in one language, by language code.</summary>
    public Query<string, NoArgument, SeriesIndex?> Series { get; private set; } = null!;

    /// <summary>A page as templates see it, without its related pages, by path.</summary>
    public Query<string, NoArgument, Page?> BasePage { get; private set; } = null!;

    /// <summary>A page's place in the newest-first order, with its tags, by path.</summary>
    public Query<string, NoArgument, PagePlace?> Place { get; private set; } = null!;

    /// <summary>One language's pages in newest-first order, and each one's related pages, by language code.</summary>
    public Query<string, NoArgument, SiteStructure> Structure { get; private set; } = null!;

    /// <summary>A page's related pages (their paths), by path.</summary>
    public Query<string, NoArgument, IReadOnlyList<string>> RelatedOf { get; private set; } = null!;

    /// <summary>A page with its related pages, by path.</summary>
    public Query<string, NoArgument, Page?> FullPage { get; private set; } = null!;

    /// <summary>The site model of one language, by language code.</summary>
    public Query<string, NoArgument, SiteModel?> Model { get; private set; } = null!;

    private void DefineModel(QueryStore store)
    {
        LanguageConfig = Define<string, SiteConfig?>(store, MakeLanguageConfig, ValueComparers.Reference<SiteConfig?>());
        PublishedIn = Define<string, IReadOnlyList<string>>(store, FindPublishedIn, ValueComparers.Sequence<string>());
        Outdated = Define<string, TranslationNotice?>(store, FindOutdated, EqualityComparer<TranslationNotice?>.Default);
        TagSpellings = Define<string, IReadOnlyList<string>>(store, (c, path) => c.Get(Item, path)?.FrontMatter.Tags ?? [], ValueComparers.Sequence<string>());
        TagNames = Define(store, (c, _) => new TagNames(c.GetAll(TagSpellings, c.Get(Published, default))), ValueComparers.Reference<TagNames>());
        SeriesName = Define<string, string?>(store, (c, path) => c.Get(Item, path)?.FrontMatter.Series, EqualityComparer<string?>.Default);
        Series = Define<string, SeriesIndex?>(store, FindSeries, ValueComparers.Reference<SeriesIndex?>());
        BasePage = Define<string, Page?>(store, MakePage, ValueComparers.Reference<Page?>());
        Place = Define<string, PagePlace?>(store, (c, path) => c.Get(BasePage, path) is { } page ? PagePlace.Of(page) : null, EqualityComparer<PagePlace?>.Default);
        Structure = Define<string, SiteStructure>(store, (c, language) => SiteStructure.Of([.. c.GetAll(Place, c.Get(PublishedIn, language)).OfType<PagePlace>()]), ValueComparers.Reference<SiteStructure>());
        RelatedOf = Define<string, IReadOnlyList<string>>(store,
            (c, path) => c.Get(Address, path) is { } address ? c.Get(Structure, address.Language).Related.GetValueOrDefault(path) ?? [] : [],
            ValueComparers.Sequence<string>());
        FullPage = Define<string, Page?>(store, (c, path) => c.Get(BasePage, path) is { } page ? page with { Related = [.. c.GetAll(BasePage, c.Get(RelatedOf, path)).OfType<Page>()] } : null, ValueComparers.Reference<Page?>());
        Model = Define<string, SiteModel?>(store,
            (c, language) => c.Get(LanguageConfig, language) is { } config ? SiteModelBuilder.Assemble(config, [.. c.GetAll(FullPage, c.Get(Structure, language).Sorted).OfType<Page>()]) : null,
            ValueComparers.Reference<SiteModel?>());
    }

    // The default language's texts fall back to the types' own names: those are the site's, and a theme's English is not.
    private SiteConfig? MakeLanguageConfig(QueryContext context, string code)
    {
        if (context.Get(Config, default) is not { } config || config.LanguageNamed(code) is not { } language) return null;
        var strings = context.Get(Strings, default);
        var texts = new LanguageTexts(key => strings.Find(code, key)?.Other);
        var view = config.ForLanguage(language) with { Texts = texts };
        if (code == config.Language) return view;
        var types = config.Schema.Types.Retitled(type => type with
        {
            Title = texts.Find("type_plural_" + type.Name) ?? type.Title,
            SingularTitle = texts.Find("type_name_" + type.Name) ?? type.SingularTitle,
        });
        return view with { Schema = config.Schema with { Types = types } };
    }

    private IReadOnlyList<string> FindPublishedIn(QueryContext context, string language)
    {
        var published = context.Get(Published, default);
        var addresses = context.GetAll(Address, published);
        return [.. published.Where((_, i) => addresses[i]!.Language == language)];
    }

    private SeriesIndex? FindSeries(QueryContext context, string language)
    {
        if (context.Get(LanguageConfig, language) is not { } config) return null;
        var published = context.Get(PublishedIn, language);
        var names = context.GetAll(SeriesName, published);
        var members = published.Where((_, i) => names[i] is not null).ToList();
        return new SeriesIndex(config, context.GetAll(Item, members).OfType<ContentItem>(), context.Diagnostics);
    }

    // Null for a file that is gone or has errors: the value may be brought up to date before anything asks for it.
    private Page? MakePage(QueryContext context, string path)
    {
        if (context.Get(Item, path) is not { } item || context.Get(LanguageConfig, item.Language.Code) is not { } config || context.Get(Body, path) is not { } body) return null;
        var content = body.Content;
        RenderedContentChecks.Check([new RenderedItem(item, content)], context.Diagnostics);
        var series = item.FrontMatter.Series is null ? null : context.Get(Series, item.Language.Code)!.For(item);
        return SiteModelBuilder.MakePage(config, item, content, context.Get(TagNames, default), series) with { Outdated = context.Get(Outdated, path) };
    }

    // A translation is out of date when its original's last change is newer than its own ('updated', else 'date').
    private TranslationNotice? FindOutdated(QueryContext context, string path)
    {
        if (context.Get(Config, default) is not { Multilingual: true } config || context.Get(Item, path) is not { } item || item.Language.Code == config.Language) return null;
        var original = context.Get(TranslationGroups, default).Of(path).FirstOrDefault(p => context.Get(Address, p)?.Language == config.Language);
        if (original is null || context.Get(Item, original) is not { } source) return null;
        var (changed, translated) = (LastChange(source), LastChange(item));
        if (changed is not { } originalDate || translated is not { } translationDate || originalDate <= translationDate) return null;
        var languageName = LanguageName(context, config.Languages[0]);
        var line = item.FrontMatter.KeyLines.GetValueOrDefault(item.FrontMatter.Updated is null ? "date" : "updated", 1);
        context.Diagnostics.Warning(DiagnosticCodes.TranslationOutdated, path, line, 1,
            $"the {languageName} original ({original}) changed on {originalDate:yyyy-MM-dd}, after this translation on {translationDate:yyyy-MM-dd}; bring the translation up to date with it, then set this page's 'updated' date");
        return new TranslationNotice(config.RelativeUrl(source.SitePath), languageName, originalDate, translationDate);
    }

    private static DateOnly? LastChange(ContentItem item) => item.FrontMatter.Updated ?? item.FrontMatter.Date;

    /// <summary>A language's name in itself: from <c>languages:</c>, else the theme's <c>language_name</c> in that language, else its code.</summary>
    public string LanguageName(QueryContext context, SiteLanguage language) =>
        language.Name ?? context.Get(Strings, default).Own(language.Code, "language_name") ?? language.Code;
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
