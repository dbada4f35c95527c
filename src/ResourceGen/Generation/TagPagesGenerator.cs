using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>The tag index <c>/tags/</c> and a paginated list per tag, <c>/tags/&lt;slug&gt;/</c>.</summary>
internal sealed class TagPagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var site = context.Site;
        var (config, texts) = (site.Config, site.Config.Texts);
        var indexPath = config.LocalPath("/tags/");
        var index = (new PageRenderRequest(PageRendering.IndexPath(indexPath), "tags.html", "tags", texts.Format("tags_title", "Topics"),
            texts.Format("tags_description", "All topics in {0}.", config.Title), indexPath,
            new Dictionary<string, object?> { ["terms"] = site.Tags }), (DateOnly?)null, true);
        var tags = site.Tags.SelectMany(tag => context.Derive(tag, tag => Paginator.Paginate(config, config.LocalPath($"/tags/{tag.Slug}/"), tag.Pages,
            (sitePath, suffix, pager) => new PageRenderRequest(PageRendering.IndexPath(sitePath), "tag.html", "tag", tag.Name + suffix,
                config.Texts.Format("tag_description", "Resources about {0}.", tag.Name), sitePath,
                new Dictionary<string, object?> { ["term"] = tag, ["pager"] = pager })).ToList()));
        return PageRendering.Render(context, tags.Prepend(index));
    }
}
