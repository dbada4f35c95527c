using Markdig;
using Markdig.Parsers;
using ResourceGen.Configuration;
using ResourceGen.Markdown;
using ResourceGen.Security;
using ResourceGen.Text;

namespace ResourceGen.Comments;

/// <summary>
/// Renders a comment body: Markdown without raw HTML (a <c>&lt;script&gt;</c> in a comment shows as text) and without
/// headings (the page keeps its outline), then the content sanitiser, which drops <c>javascript:</c> links.
/// </summary>
internal sealed class CommentBodyRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly RawHtmlSanitizer _sanitizer = new(new MarkdownSettings());

    /// <summary>Creates the renderer and its Markdig pipeline.</summary>
    public CommentBodyRenderer()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        builder.BlockParsers.TryRemove<HeadingBlockParser>();
        builder.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
        _pipeline = builder.Build();
    }

    /// <summary>The body as safe HTML, and the other origins it loads from, read from what the sanitiser kept.</summary>
    public (HtmlFragment Html, IReadOnlyList<PolicySource> EmbeddedSources) Render(string markdown)
    {
        var facts = new BodyFacts(keepsRawHtml: false, media: null);
        var html = _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, _pipeline), facts.AddAll).Html.Trim();
        return (new HtmlFragment(html), facts.EmbeddedSources);
    }
}
