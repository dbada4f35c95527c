using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>A paginated list per audience: <c>/audience/parents/</c>, <c>/audience/educators/</c>, <c>/audience/therapists/</c>.</summary>
internal sealed class AudiencePagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) => PageRendering.Render(context,
        context.Site.Audiences.SelectMany(audience => context.Derive(audience, audience => Paginator.Paginate(context.Site.Config, context.Site.Config.LocalPath($"/audience/{audience.Slug}/"), audience.Pages,
            (sitePath, suffix, pager) => new PageRenderRequest(PageRendering.IndexPath(sitePath), "audience.html", "audience",
                context.Site.Config.Texts.Format("audience_title", "For {0}", audience.Name) + suffix,
                context.Site.Config.Texts.Format("audience_description", "Resources for {0}.", audience.Name), sitePath,
                new Dictionary<string, object?> { ["term"] = audience, ["pager"] = pager })).ToList())));
}
