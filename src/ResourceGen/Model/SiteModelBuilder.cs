using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Content;
using ResourceGen.Markdown;
using ResourceGen.Schema;

namespace ResourceGen.Model;

/// <summary>Builds the <see cref="SiteModel"/>: pages with their links, sections, tags, audiences and series.</summary>
internal static class SiteModelBuilder
{
    /// <summary>The model of <paramref name="pages"/>, sorted newest first and with their related pages: the lists by type, tag and audience.</summary>
    internal static SiteModel Assemble(SiteConfig config, IReadOnlyList<Page> pages)
    {
        var byType = new Dictionary<string, List<Page>>(StringComparer.Ordinal);
        var byAudience = new Dictionary<string, List<Page>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            Add(byType, page.Type, page);
            foreach (var audience in page.Audience) Add(byAudience, audience.Slug, page);
        }
        var sections = config.Schema.Types.All.Select(type => CreateSection(config, type, byType.GetValueOrDefault(type.Name) ?? [])).ToList();
        var tags = PagesByTag(pages)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Term(pair.Value.Tag.Name, pair.Key, pair.Value.Tag.Url, pair.Value.Pages)
            {
                // The vocabulary's descriptions are in the default language; another language's pages would mix the two.
                Description = config.CurrentLanguage.Prefix.Length > 0 ? "" : config.Schema.Tags?.GetValueOrDefault(pair.Key)?.Description ?? "",
            })
            .ToList();
        var audiences = CommonFields.Audiences
            .Where(byAudience.ContainsKey)
            .Select(a => new Term(config.AudienceName(a), a, AudienceUrl(config, a), byAudience[a]))
            .ToList();
        return new SiteModel(config, pages, sections, tags, audiences);
    }

    private static void Add(Dictionary<string, List<Page>> lists, string key, Page page)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        // A page that names an audience twice is listed once.
        if (list.Count == 0 || !ReferenceEquals(list[^1], page)) list.Add(page);
    }

    /// <summary>Newest first; undated pages last; then by title and path so the order is stable.</summary>
    public static int NewestFirst(Page a, Page b) => PagePlace.NewestFirst(a.Date, a.Title, a.SourcePath, b.Date, b.Title, b.SourcePath);

    private static Section CreateSection(SiteConfig config, ContentType type, List<Page> members)
    {
        var fields = members.ConvertAll(p => p.Fields);
        var sitePath = config.LocalPath($"/{type.Section}/");
        return new Section(type.Name, type.Title, config.RelativeUrl(sitePath), members)
        {
            SitePath = sitePath,
            Features = type.Features.ToDictionary(f => f.Name, f => f.SectionData(fields), StringComparer.Ordinal),
        };
    }

    private static string AudienceUrl(SiteConfig config, string audience) => config.LocalUrl($"/audience/{audience}/");

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

    /// <summary>The page of <paramref name="item"/>, without its related pages.</summary>
    internal static Page MakePage(SiteConfig config, ContentItem item, RenderedContent content, TagNames tagNames, SeriesInfo? series)
    {
        var slugs = item.FrontMatter.Tags.Select(tagNames.Slug).Where(s => s.Length > 0).Distinct().ToArray();
        var names = config.CurrentLanguage.TagNames;
        return ToPage(config, new RenderedItem(item, content), slugs, Array.ConvertAll(slugs, slug => names.GetValueOrDefault(slug) ?? tagNames.Display(slug)), series);
    }

    private static Page ToPage(SiteConfig config, RenderedItem rendered, string[] tagSlugs, string[] tagNames, SeriesInfo? series)
    {
        var (item, content) = (rendered.Item, rendered.Rendered);
        var meta = item.FrontMatter;
        return new Page
        {
            SourcePath = item.SourcePath,
            ContentType = config.Types.ByName(item.Type.Name) ?? item.Type,
            Language = item.Language.Code,
            Title = meta.Title,
            Slug = item.Slug,
            SitePath = item.SitePath,
            Url = config.RelativeUrl(item.SitePath),
            Permalink = config.AbsoluteUrl(item.SitePath),
            Date = meta.Date,
            Updated = meta.Updated,
            Summary = meta.Summary ?? content.FirstParagraph,
            Tags = tagSlugs.Select((slug, i) => new TermLink(tagNames[i], slug, config.LocalUrl($"/tags/{slug}/"))).ToList(),
            Audience = meta.Audience.Select(a => new TermLink(config.AudienceName(a), a, AudienceUrl(config, a))).ToList(),
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
            Anchors = content.Anchors,
            EmbeddedSources = content.EmbeddedSources,
            WordCount = content.WordCount,
            Fields = meta.Fields,
            Params = meta.Params,
        };
    }
}
