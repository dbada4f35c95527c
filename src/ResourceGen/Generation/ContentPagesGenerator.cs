using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>One page per resource, rendered with the template named after its type (<c>article.html</c>).</summary>
public sealed class ContentPagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) => PageRendering.Render(context,
        context.Site.Pages.Select(page => (
            new PageRenderRequest(PageRendering.IndexPath(page.SitePath), $"{page.Type}.html", page.Type, page.Title, page.Summary, page.SitePath,
                new Dictionary<string, object?> { ["page"] = page }),
            page.LastModified,
            true)));
}
