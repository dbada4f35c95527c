using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>A page per audience: <c>/audience/parents/</c>, <c>/audience/educators/</c>, <c>/audience/therapists/</c>.</summary>
public sealed class AudiencePagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) => PageRendering.Render(context,
        context.Site.Audiences.Select(audience => (
            new PageRenderRequest($"audience/{audience.Slug}/index.html", "audience.html", "audience", $"For {audience.Name}",
                $"Resources for {audience.Name}.", $"/audience/{audience.Slug}/",
                new Dictionary<string, object?> { ["term"] = audience }),
            audience.Pages.Select(p => p.LastModified).Max(),
            true)));
}
