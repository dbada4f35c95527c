using ResourceGen.Comments;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Security;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>
/// One page per resource, rendered with the template named after its type (<c>article.html</c>), with its comments
/// (<c>comments</c>, null when it has none) and its Content-Security-Policy (<c>csp</c>).
/// </summary>
public sealed class ContentPagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) =>
        PageRendering.Render(context, context.Site.Pages.Select(page => context.Derive(page, context.CommentsFor(page), Request)));

    private static (PageRenderRequest Request, DateOnly? LastModified, bool InSitemap) Request(Page page, CommentSection? comments)
    {
        var policy = ContentSecurityPolicy.SiteOnly.With([.. EmbeddedOrigins.Find(page.Content.Value), .. comments?.Sources ?? []]);
        return (
            new PageRenderRequest(PageRendering.IndexPath(page.SitePath), $"{page.Type}.html", page.Type, page.Title, page.Summary, page.SitePath,
                new Dictionary<string, object?> { ["page"] = page, ["comments"] = comments, ["csp"] = policy.ToAttributeValue() }),
            page.LastModified,
            true);
    }
}
