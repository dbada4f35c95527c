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
        var index = (new PageRenderRequest("tags/index.html", "tags.html", "tags", "Topics", $"All topics in {site.Config.Title}.", "/tags/",
            new Dictionary<string, object?> { ["terms"] = site.Tags }), (DateOnly?)null, true);
        var tags = site.Tags.SelectMany(tag => context.Derive(tag, tag => Paginator.Paginate(site.Config, $"/tags/{tag.Slug}/", tag.Pages,
            (sitePath, suffix, pager) => new PageRenderRequest(PageRendering.IndexPath(sitePath), "tag.html", "tag", tag.Name + suffix,
                $"Resources about {tag.Name}.", sitePath,
                new Dictionary<string, object?> { ["term"] = tag, ["pager"] = pager })).ToList()));
        return PageRendering.Render(context, tags.Prepend(index));
    }
}
