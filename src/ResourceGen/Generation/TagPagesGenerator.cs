using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>The tag index <c>/tags/</c> and a page per tag, <c>/tags/&lt;slug&gt;/</c>.</summary>
public sealed class TagPagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var site = context.Site;
        var index = (new PageRenderRequest("tags/index.html", "tags.html", "tags", "Topics", $"All topics in {site.Config.Title}.", "/tags/",
            new Dictionary<string, object?> { ["terms"] = site.Tags }), (DateOnly?)null, true);
        var tags = site.Tags.Select(tag => (
            new PageRenderRequest($"tags/{tag.Slug}/index.html", "tag.html", "tag", tag.Name, $"Resources about {tag.Name}.", $"/tags/{tag.Slug}/",
                new Dictionary<string, object?> { ["term"] = tag }),
            tag.Pages.Select(p => p.LastModified).Max(),
            true));
        return PageRendering.Render(context, tags.Prepend(index));
    }
}
