using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>Renders many HTML pages into output files.</summary>
public static class PageRendering
{
    /// <summary>Renders every request; a page whose template failed is left out (its error is reported).</summary>
    internal static IEnumerable<OutputFile> Render(BuildContext context, IEnumerable<(PageRenderRequest Request, DateOnly? LastModified, bool InSitemap)> pages)
    {
        var requests = pages.ToList();
        var bytes = context.RenderPages(requests.ConvertAll(p => p.Request));
        return requests
            .Select((p, i) => bytes[i] is { } html ? new OutputFile(p.Request.OutputPath, html, p.InSitemap, p.LastModified) : null)
            .OfType<OutputFile>()
            .ToList();
    }

    /// <summary>The output path of a page at <paramref name="sitePath"/>: <c>/tags/</c> → <c>tags/index.html</c>.</summary>
    public static string IndexPath(string sitePath) => sitePath.Trim('/') is { Length: > 0 } folder ? $"{folder}/index.html" : "index.html";
}
