using System.Text;
using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>Renders many HTML pages in parallel into output files.</summary>
public static class PageRendering
{
    /// <summary>Renders every request; a page whose template failed is left out (its error is reported).</summary>
    public static IEnumerable<OutputFile> Render(BuildContext context, IEnumerable<(PageRenderRequest Request, DateOnly? LastModified, bool InSitemap)> pages) => pages
        .AsParallel()
        .AsOrdered()
        .Select(p => (p, Html: context.Renderer.RenderPage(p.Request, context.Diagnostics)))
        .Where(r => r.Html is not null)
        .Select(r => new OutputFile(r.p.Request.OutputPath, Encoding.UTF8.GetBytes(r.Html!), r.p.InSitemap, r.p.LastModified))
        .ToList();

    /// <summary>The output path of a page at <paramref name="sitePath"/>: <c>/tags/</c> → <c>tags/index.html</c>.</summary>
    public static string IndexPath(string sitePath) => sitePath.Trim('/') is { Length: > 0 } folder ? $"{folder}/index.html" : "index.html";
}
