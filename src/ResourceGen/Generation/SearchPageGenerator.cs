using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>The search page <c>/search/</c>, rendered with <c>search.html</c> when the theme has that template.</summary>
internal sealed class SearchPageGenerator : IOutputGenerator
{
    /// <summary>The search page's template.</summary>
    public const string Template = "search.html";

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        if (!context.Renderer.HasTemplate(Template)) return [];
        var config = context.Site.Config;
        var sitePath = config.LocalPath("/search/");
        return PageRendering.Render(context,
        [
            (new PageRenderRequest(PageRendering.IndexPath(sitePath), Template, "search", config.Texts.Format("search_title", "Search"),
                config.Texts.Format("search_description", "Search {0}.", config.Title), sitePath,
                new Dictionary<string, object?>()), null, false),
        ]);
    }
}
