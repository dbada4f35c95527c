using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Incremental;
using ResourceGen.Schema;

namespace ResourceGen.Model;

/// <summary>Builds the <see cref="SiteModel"/>: pages with their links, sections, tags, audiences and series.</summary>
public static class SiteModelBuilder
{
    /// <summary>Builds the model of <paramref name="items"/>; series problems go to <paramref name="diagnostics"/>.</summary>
    public static SiteModel Build(SiteConfig config, IReadOnlyList<RenderedItem> items, DiagnosticBag diagnostics) => Build(config, items, diagnostics, null);

    /// <summary>Builds the model, reusing from <paramref name="memo"/> the pages whose inputs did not change since the last build.</summary>
    internal static SiteModel Build(SiteConfig config, IReadOnlyList<RenderedItem> items, DiagnosticBag diagnostics, ModelMemo? memo)
    {
        var tagNames = memo?.TagNames(items) ?? new TagNames(items.Select(i => i.Item.FrontMatter.Tags));
        var series = new SeriesIndex(config, items.Select(i => i.Item), diagnostics);
        // NewestFirst is a total order, so the order pages are made in does not matter. A rebuild reuses nearly
        // every page, which costs less than starting parallel work.
        var pages = memo is null
            ? items.AsParallel().Select(i => MakePage(config, i, tagNames, series, memo)).ToList()
            : items.Select(i => MakePage(config, i, tagNames, series, memo)).ToList();
        if (memo?.Update(config, pages) is { } updated) return updated;
        var made = memo is null ? null : pages.ToArray();
        pages.Sort(NewestFirst);
        var related = memo is null ? RelatedPages.Find(pages) : memo.FindRelated(pages);
        var withRelated = pages.Select((page, i) => memo is null ? page with { Related = related[i] } : memo.WithRelated(page, related[i])).ToList();

        var sections = config.Schema.Types.All.Select(type => CreateSection(config, type, withRelated)).ToList();
        var tags = PagesByTag(withRelated)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Term(pair.Value.Tag.Name, pair.Key, pair.Value.Tag.Url, pair.Value.Pages)
            {
                Description = config.Schema.Tags?.GetValueOrDefault(pair.Key)?.Description ?? "",
            })
            .ToList();
        var audiences = CommonFields.Audiences
            .Select(a => new Term(a, a, AudienceUrl(config, a), withRelated.Where(p => p.Audience.Any(x => x.Slug == a)).ToList()))
            .Where(t => t.Count > 0)
            .ToList();
        var model = new SiteModel(config, withRelated, sections, tags, audiences);
        memo?.Remember(made!, pages, model);
        return model;
    }

    /// <summary>
    /// True when <paramref name="after"/> takes the place of <paramref name="before"/> in every list of the model:
    /// the same place in the newest-first order, and the same type, tags, audiences and the fields its type's features
    /// read for the list page (<see cref="TypeFeature.SectionFields"/>). Every list
    /// is then the same with <paramref name="after"/> in place of <paramref name="before"/>. Keep this in step with
    /// what <see cref="Build(SiteConfig, IReadOnlyList{RenderedItem}, DiagnosticBag, ModelMemo?)"/> reads of a page.
    /// </summary>
    internal static bool SamePlaces(Page before, Page after) =>
        NewestFirst(before, after) == 0 && before.ContentType == after.ContentType
        && before.Tags.SequenceEqual(after.Tags) && before.Audience.SequenceEqual(after.Audience)
        && before.ContentType.Features.SelectMany(f => f.SectionFields).All(key => FieldValues.Same(before.Fields.GetValueOrDefault(key), after.Fields.GetValueOrDefault(key)));

    /// <summary>Newest first; undated pages last; then by title and path so the order is stable.</summary>
    public static int NewestFirst(Page a, Page b)
    {
        var byDate = Nullable.Compare(b.Date, a.Date);
        if (byDate != 0) return byDate;
        var byTitle = string.CompareOrdinal(a.Title, b.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }

    private static Section CreateSection(SiteConfig config, ContentType type, List<Page> pages)
    {
        var members = pages.Where(p => p.Type == type.Name).ToList();
        var fields = members.ConvertAll(p => p.Fields);
        var sitePath = $"/{type.Section}/";
        return new Section(type.Name, type.Title, config.RelativeUrl(sitePath), members)
        {
            SitePath = sitePath,
            Features = type.Features.ToDictionary(f => f.Name, f => f.SectionData(fields), StringComparer.Ordinal),
        };
    }

    private static string AudienceUrl(SiteConfig config, string audience) => config.RelativeUrl($"/audience/{audience}/");

    // Pages keep their order (newest first) under each tag; a page's tags are distinct, so it is listed once.
    private static Dictionary<string, (TermLink Tag, List<Page> Pages)> PagesByTag(IReadOnlyList<Page> pages)
    {
        var byTag = new Dictionary<string, (TermLink Tag, List<Page> Pages)>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var tag in page.Tags)
            {
                if (!byTag.TryGetValue(tag.Slug, out var entry)) byTag[tag.Slug] = entry = (tag, []);
                entry.Pages.Add(page);
            }
        }
        return byTag;
    }

    private static Page MakePage(SiteConfig config, RenderedItem rendered, TagNames tagNames, SeriesIndex series, ModelMemo? memo)
    {
        var part = series.For(rendered.Item);
        if (memo?.Reuse(rendered, tagNames, part) is { } reused) return reused;
        var slugs = rendered.Item.FrontMatter.Tags.Select(tagNames.Slug).Where(s => s.Length > 0).Distinct().ToArray();
        var names = Array.ConvertAll(slugs, tagNames.Display);
        var page = ToPage(config, rendered, slugs, names, part);
        memo?.Remember(rendered, slugs, names, tagNames, part, page);
        return page;
    }

    private static Page ToPage(SiteConfig config, RenderedItem rendered, string[] tagSlugs, string[] tagNames, SeriesInfo? series)
    {
        var (item, content) = (rendered.Item, rendered.Rendered);
        var meta = item.FrontMatter;
        return new Page
        {
            SourcePath = item.SourcePath,
            ContentType = item.Type,
            Title = meta.Title,
            Slug = item.Slug,
            SitePath = item.SitePath,
            Url = config.RelativeUrl(item.SitePath),
            Permalink = config.AbsoluteUrl(item.SitePath),
            Date = meta.Date,
            Updated = meta.Updated,
            Summary = meta.Summary ?? content.FirstParagraph,
            Tags = tagSlugs.Select((slug, i) => new TermLink(tagNames[i], slug, config.RelativeUrl($"/tags/{slug}/"))).ToList(),
            Audience = meta.Audience.Select(a => new TermLink(a, a, AudienceUrl(config, a))).ToList(),
            Authors = meta.Authors,
            Series = series,
            Draft = meta.Draft,
            Comments = meta.Comments,
            CommentsId = meta.CommentsId,
            Content = content.Html,
            PlainText = content.PlainText,
            Toc = content.Headings,
            ChecklistItems = content.ChecklistItems,
            Steps = content.Steps,
            WordCount = content.WordCount,
            Fields = meta.Fields,
            Params = meta.Params,
        };
    }
}
