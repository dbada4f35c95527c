using ResourceGen.Comments;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Security;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>
/// One page per resource, rendered with the template named after its type (<c>article.html</c>), or with
/// <see cref="GenericTemplate"/> when the theme has none for the type, with its comments (<c>comments</c>, null when it
/// has none) and its Content-Security-Policy (<c>csp</c>).
/// </summary>
internal sealed class ContentPagesGenerator : IOutputGenerator
{
    /// <summary>The template of a type the theme has no template of its own for.</summary>
    public const string GenericTemplate = "resource.html";

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var generic = context.Site.Config.Schema.Types.All
            .Where(t => !context.Renderer.HasTemplate($"{t.Name}.html")).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return PageRendering.Render(context, context.Site.Pages.Select(page =>
        {
            // The template is chosen after the derived request, which is kept while the page is: a theme may gain a template.
            var derived = context.Derive(page, context.CommentsFor(page), Request);
            return generic.Contains(page.Type) ? derived with { Request = derived.Request with { Template = GenericTemplate } } : derived;
        }));
    }

    private static (PageRenderRequest Request, DateOnly? LastModified, bool InSitemap) Request(Page page, CommentSection? comments)
    {
        var policy = ContentSecurityPolicy.SiteOnly.With([.. page.EmbeddedSources, .. comments?.Sources ?? []]);
        return (
            new PageRenderRequest(PageRendering.IndexPath(page.SitePath), $"{page.Type}.html", page.Type, page.Title, page.Summary, page.SitePath,
                new Dictionary<string, object?> { ["page"] = page, ["comments"] = comments, ["csp"] = policy.ToAttributeValue() }),
            page.LastModified,
            true);
    }
}
