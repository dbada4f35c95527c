using Markdig;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Syntax;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Text;

namespace ResourceGen.Markdown;

/// <summary>
/// Renders page bodies with one shared Markdig pipeline, rewriting links through an <see cref="ILinkResolver"/>,
/// reporting images without alt text, and sanitising raw HTML unless the site allows it.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Use<ChecklistExtension>()
        .Build();

    private readonly MarkdownSettings _settings;
    private readonly RawHtmlSanitizer _sanitizer;
    private readonly MediaOptions? _media;

    /// <summary>Creates the renderer and its Markdig pipeline.</summary>
    public MarkdownRenderer(MarkdownSettings settings)
    {
        _settings = settings;
        _sanitizer = new RawHtmlSanitizer(settings);
        _media = _pipeline.Extensions.Find<MediaLinkExtension>()?.Options;
    }

    /// <summary>Renders <paramref name="body"/>; <paramref name="bodyFirstLine"/> maps Markdown lines back to file lines.</summary>
    public RenderedContent Render(string sourcePath, string body, int bodyFirstLine, ILinkResolver links, DiagnosticBag diagnostics)
    {
        if (Parse(sourcePath, body, bodyFirstLine, diagnostics) is not { } document) return Refused;
        var walker = new DocumentWalker(sourcePath, bodyFirstLine, links);
        walker.Walk(document);
        foreach (var (line, column) in walker.ImagesWithoutAlt)
            diagnostics.Error(DiagnosticCodes.MissingAltText, sourcePath, line, column,
                "this image has no alternative text; describe it between the brackets, e.g. ![A child threading beads](beads.jpg)");

        var facts = new BodyFacts(keepsRawHtml: _settings.UnsafeHtml, _media);
        var html = ToHtml(document, facts);
        if (walker.RawHtml.Count > 0 && !_settings.UnsafeHtml)
        {
            // The sanitiser keeps or drops whole elements, so the facts are read from what it kept.
            facts = new BodyFacts(keepsRawHtml: false, _media);
            html = Sanitize(html, walker.RawHtml, sourcePath, facts, diagnostics);
        }

        var plainText = walker.PlainText;
        return new RenderedContent(
            new HtmlFragment(html),
            plainText,
            walker.FirstParagraph,
            walker.Headings,
            walker.ChecklistItems,
            walker.Steps,
            CountWords(plainText),
            facts.Anchors,
            facts.EmbeddedSources);
    }

    private static readonly RenderedContent Refused = new(new HtmlFragment(""), "", "", [], [], [], 0, new HashSet<string>(), []);

    // Null, after reporting why, for a body whose shape would stall the build or overflow the stack.
    private MarkdownDocument? Parse(string sourcePath, string body, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        if (BodyShapeCheck.BeforeParse(body) is { } shape)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, sourcePath, shape.Line + bodyFirstLine - 1, 1, shape.Problem);
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, sourcePath, bodyFirstLine, 1, TooDeepProblem);
            return null;
        }
        if (BodyShapeCheck.TooDeep(document) is { } line)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, sourcePath, line + bodyFirstLine, 1, TooDeepProblem);
            return null;
        }
        return document;
    }

    private const string TooDeepProblem =
        "the Markdown nests quotes, lists, brackets or emphasis more than a hundred levels deep; write it plainer";

    /// <summary>Writes <paramref name="document"/> as <c>Markdown.ToHtml</c> does, noting each object's facts as it is written.</summary>
    private string ToHtml(MarkdownDocument document, BodyFacts facts)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectWriteBefore += facts.Note;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private string Sanitize(string html, List<(string Html, int Line, int Column)> rawParts, string sourcePath, BodyFacts facts, DiagnosticBag diagnostics)
    {
        foreach (var (raw, line, column) in rawParts)
        {
            var removed = _sanitizer.Sanitize(raw).Removed;
            if (removed.Count > 0)
                diagnostics.Warning(DiagnosticCodes.RawHtmlSanitized, sourcePath, line, column,
                    $"raw HTML: removed {string.Join(", ", removed.Distinct())} (not safe on this site); use Markdown, or set markdown.unsafe_html: true in site.yml if every author is trusted");
        }
        return _sanitizer.Sanitize(html, facts.AddAll).Html;
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
