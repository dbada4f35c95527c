using Markdig;
using Markdig.Renderers;
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
        var walker = new DocumentWalker(sourcePath, bodyFirstLine, links);
        walker.Walk(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);

        var plainText = walker.PlainText;
        return new RenderedContent(
            new HtmlFragment(writer.ToString()),
            plainText,
            walker.FirstParagraph,
            walker.Headings,
            walker.ChecklistItems,
            CountWords(plainText));
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
