using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;
using ResourceGen.Model;

/// <summary>The search documents of a site folder, made by the build's own stages (front matter, Markdown, model).</summary>
internal static class SiteDocuments
{
    public static List<Document> Load(string siteRoot)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(File.ReadAllText(Path.Combine(siteRoot, SiteConfigLoader.FileName)), null, diagnostics)
            ?? throw new InvalidOperationException($"{siteRoot}/site.yml is not valid");
        var items = ContentDiscovery.Discover(siteRoot).Pages
            .Select(f => ContentLoader.Load(f.RelativePath, File.ReadAllBytes(f.FullPath), diagnostics, config.Schema))
            .OfType<ContentItem>()
            .ToList();
        var targets = new LinkTargets(UrlMap.Build(items, diagnostics), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        var links = new ContentLinkResolver(config, targets, diagnostics);
        var markdown = new MarkdownRenderer(config.Markdown);
        var rendered = items.AsParallel().AsOrdered()
            .Select(item => new RenderedItem(item, markdown.Render(item.SourcePath, item.Body, item.BodyFirstLine, links, diagnostics)))
            .ToList();
        return SiteModelBuilder.Build(config, rendered, diagnostics).Pages
            .Select(p => new Document(p.Title, string.Join(' ', p.Tags.Select(t => t.Name)), p.Summary, p.PlainText))
            .ToList();
    }
}
