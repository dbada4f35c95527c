using Markdig;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Text;

namespace ResourceGen.Markdown;

/// <summary>
/// Renders page bodies with one shared Markdig pipeline, rewriting links through an <see cref="ILinkResolver"/>,
/// reporting images without alt text, and sanitising raw HTML unless the site allows it.
/// </summary>
/// <param name="settings">The site's Markdown settings.</param>
public sealed class MarkdownRenderer(MarkdownSettings settings)
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Use<ChecklistExtension>()
        .Build();

    private readonly RawHtmlSanitizer _sanitizer = new(settings);

    /// <summary>Renders <paramref name="body"/>; <paramref name="bodyFirstLine"/> maps Markdown lines back to file lines.</summary>
    public RenderedContent Render(string sourcePath, string body, int bodyFirstLine, ILinkResolver links, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(body, _pipeline);
        var walker = new DocumentWalker(sourcePath, bodyFirstLine, links);
        walker.Walk(document);
        foreach (var (line, column) in walker.ImagesWithoutAlt)
            diagnostics.Error(DiagnosticCodes.MissingAltText, sourcePath, line, column,
                "this image has no alternative text; describe it between the brackets, e.g. ![A child threading beads](beads.jpg)");

        var html = document.ToHtml(_pipeline);
        if (walker.RawHtml.Count > 0 && !settings.UnsafeHtml) html = Sanitize(html, walker.RawHtml, sourcePath, diagnostics);

        var plainText = walker.PlainText;
        return new RenderedContent(
            new HtmlFragment(html),
            plainText,
            walker.FirstParagraph,
            walker.Headings,
            walker.ChecklistItems,
            walker.Steps,
            CountWords(plainText));
    }

    private string Sanitize(string html, List<(string Html, int Line, int Column)> rawParts, string sourcePath, DiagnosticBag diagnostics)
    {
        foreach (var (raw, line, column) in rawParts)
        {
            var removed = _sanitizer.Sanitize(raw).Removed;
            if (removed.Count > 0)
                diagnostics.Warning(DiagnosticCodes.RawHtmlSanitized, sourcePath, line, column,
                    $"raw HTML: removed {string.Join(", ", removed.Distinct())} (not safe on this site); use Markdown, or set markdown.unsafe_html: true in site.yml if every author is trusted");
        }
        return _sanitizer.Sanitize(html).Html;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord) count++;
            inWord = !isSpace;
        }
        return count;
    }
}
