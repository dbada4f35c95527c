using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ResourceGen.Text;

namespace ResourceGen.Markdown;

/// <summary>Renders page bodies with one shared Markdig pipeline, rewriting links through an <see cref="ILinkResolver"/>.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    /// <summary>Renders <paramref name="body"/>; <paramref name="bodyFirstLine"/> maps Markdown lines back to file lines.</summary>
    public RenderedContent Render(string sourcePath, string body, int bodyFirstLine, ILinkResolver links)
    {
        var document = Markdig.Markdown.Parse(body, _pipeline);
        RewriteLinks(document, sourcePath, bodyFirstLine, links);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var plainText = InlineText.Of(document);
        return new RenderedContent(
            new HtmlFragment(writer.ToString()),
            plainText,
            FirstParagraph(document),
            Headings(document),
            ChecklistItems(document),
            CountWords(plainText));
    }

    private static void RewriteLinks(MarkdownDocument document, string sourcePath, int bodyFirstLine, ILinkResolver links)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (string.IsNullOrEmpty(link.Url)) continue;
            var resolved = links.Resolve(sourcePath, link.Url, link.Line + bodyFirstLine, link.Column + 1);
            if (resolved is not null) link.Url = resolved;
        }
    }

    private static string FirstParagraph(MarkdownDocument document) =>
        document.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)).FirstOrDefault(t => t.Length > 0) ?? "";

    private static List<Heading> Headings(MarkdownDocument document) => document
        .Descendants<HeadingBlock>()
        .Where(h => h.Level >= 2)
        .Select(h => new Heading(h.Level, InlineText.Of(h.Inline), h.GetAttributes().Id ?? ""))
        .ToList();

    private static List<ChecklistItem> ChecklistItems(MarkdownDocument document) => document
        .Descendants<ListItemBlock>()
        .Select(item => item.FirstOrDefault() as ParagraphBlock)
        .Where(paragraph => paragraph?.Inline?.FirstChild is TaskList)
        .Select(paragraph => new ChecklistItem(InlineText.Of(paragraph!.Inline), ((TaskList)paragraph.Inline!.FirstChild!).Checked))
        .ToList();

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
