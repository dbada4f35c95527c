using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Text;

namespace ResourceGen.Model;

/// <summary>Builds the <see cref="SiteModel"/>: pages with their links, sections, tags, audiences and series.</summary>
public static class SiteModelBuilder
{
    /// <summary>Builds the model of <paramref name="items"/>; series problems go to <paramref name="diagnostics"/>.</summary>
    public static SiteModel Build(SiteConfig config, IReadOnlyList<RenderedItem> items, DiagnosticBag diagnostics)
    {
        var tagNames = new TagNames(items.Select(i => i.Item.FrontMatter.Tags));
        var series = new SeriesIndex(config, items.Select(i => i.Item), diagnostics);
        var pages = items.Select(i => ToPage(config, i, tagNames, series)).ToList();
        pages.Sort(NewestFirst);
        var related = RelatedPages.Find(pages);
        pages = pages.Select((page, i) => page with { Related = related[i] }).ToList();

        var sections = ContentTypes.All.Select(type => CreateSection(config, type, pages)).ToList();
        var tags = pages
            .SelectMany(p => p.Tags.Select(t => (Tag: t, Page: p)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Term(g.First().Tag.Name, g.Key, g.First().Tag.Url, g.Select(x => x.Page).Distinct().ToList())
            {
                Description = config.Schema.Tags?.GetValueOrDefault(g.Key)?.Description ?? "",
            })
            .ToList();
        var audiences = ContentTypes.Audiences
            .Select(a => new Term(a, a, AudienceUrl(config, a), pages.Where(p => p.Audience.Any(x => x.Slug == a)).ToList()))
            .Where(t => t.Count > 0)
            .ToList();
        return new SiteModel(config, pages, sections, tags, audiences);
    }

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
        var members = pages.Where(p => p.ContentType == type).ToList();
        var ages = members.Where(p => p.Age is not null).Select(p => p.Age!).ToList();
        return new Section(type.Name, type.Title, config.RelativeUrl($"/{type.Section}/"), members)
        {
            Skills = members.SelectMany(p => p.Skills).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Ages = ages.Count == 0 ? [] : Enumerable.Range(ages.Min(a => a.Min), ages.Max(a => a.Max) - ages.Min(a => a.Min) + 1).ToList(),
        };
    }

    private static string AudienceUrl(SiteConfig config, string audience) => config.RelativeUrl($"/audience/{audience}/");

    private static Page ToPage(SiteConfig config, RenderedItem rendered, TagNames tagNames, SeriesIndex series)
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
            Tags = meta.Tags
                .Select(Slugifier.Slugify).Where(s => s.Length > 0).Distinct()
                .Select(s => new TermLink(tagNames.Display(s), s, config.RelativeUrl($"/tags/{s}/")))
                .ToList(),
            Audience = meta.Audience.Select(a => new TermLink(a, a, AudienceUrl(config, a))).ToList(),
            Authors = meta.Authors,
            Series = series.For(item),
            Draft = meta.Draft,
            Comments = meta.Comments,
            CommentsId = meta.CommentsId,
            Content = content.Html,
            PlainText = content.PlainText,
            Toc = content.Headings,
            ChecklistItems = content.ChecklistItems,
            Steps = content.Steps,
            WordCount = content.WordCount,
            Age = meta.Age,
            Duration = meta.Duration,
            Materials = meta.Materials,
            Skills = meta.Skills,
            Setting = meta.Setting,
            Params = meta.Params,
        };
    }
}
