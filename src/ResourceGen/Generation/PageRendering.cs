using System.Text;
using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>Renders many HTML pages in parallel into output files.</summary>
public static class PageRendering
{
    /// <summary>
    /// Renders every request; a page whose template failed is left out (its error is reported). In an incremental
    /// build, a page whose request and read members are unchanged since the last build keeps its bytes.
    /// </summary>
    public static IEnumerable<OutputFile> Render(BuildContext context, IEnumerable<(PageRenderRequest Request, DateOnly? LastModified, bool InSitemap)> pages) => pages
        .AsParallel()
        .AsOrdered()
        .Select(p => (p, Bytes: RenderBytes(context, p.Request)))
        .Where(r => r.Bytes is not null)
        .Select(r => new OutputFile(r.p.Request.OutputPath, r.Bytes!, r.p.InSitemap, r.p.LastModified))
        .ToList();

    /// <summary>The output path of a page at <paramref name="sitePath"/>: <c>/tags/</c> → <c>tags/index.html</c>.</summary>
    public static string IndexPath(string sitePath) => sitePath.Trim('/') is { Length: > 0 } folder ? $"{folder}/index.html" : "index.html";

    private static byte[]? RenderBytes(BuildContext context, PageRenderRequest request)
    {
        if (context.Renders is not { } memo) return Encode(context.Renderer.RenderPage(request, context.Diagnostics));
        if (memo.Reuse(request) is { } remembered) return remembered;
        var reads = memo.NewReads();
        var bytes = Encode(context.Renderer.RenderPage(request, context.Diagnostics, reads));
        memo.Store(request, reads, bytes);
        return bytes;
    }

    private static byte[]? Encode(string? html) => html is null ? null : Encoding.UTF8.GetBytes(html);
}
