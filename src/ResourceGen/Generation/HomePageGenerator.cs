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
        var (home, notFound) = (config.LocalPath("/"), config.LocalPath("/404.html"));
        return PageRendering.Render(context,
        [
            (new PageRenderRequest(PageRendering.IndexPath(home), "home.html", "home", config.Title, config.Description, home, empty),
                context.Site.Pages.Select(p => p.LastModified).Max(), true),
            (new PageRenderRequest(notFound.TrimStart('/'), "404.html", "404", config.Texts.Format("not_found_title", "Page not found"),
                config.Texts.Format("not_found_description", "This page does not exist."), notFound, empty), null, false),
        ]);
    }
}
