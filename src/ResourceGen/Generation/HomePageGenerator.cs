using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>The home page, <c>/</c>, and the not-found page, <c>/404.html</c>.</summary>
internal sealed class HomePageGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var config = context.Site.Config;
        var empty = new Dictionary<string, object?>();
        return PageRendering.Render(context,
        [
            (new PageRenderRequest("index.html", "home.html", "home", config.Title, config.Description, "/", empty),
                context.Site.Pages.Select(p => p.LastModified).Max(), true),
            (new PageRenderRequest("404.html", "404.html", "404", "Page not found", "This page does not exist.", "/404.html", empty), null, false),
        ]);
    }
}
