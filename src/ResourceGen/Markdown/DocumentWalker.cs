using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ResourceGen.Markdown;

/// <summary>
/// One pass over a parsed page that rewrites links and collects what later stages need: plain text, the first
/// paragraph, headings, checklist items (giving each its key) and the steps of the first numbered list.
/// A single walk keeps rendering cheap for large libraries.
/// </summary>
internal sealed class DocumentWalker(string sourcePath, int bodyFirstLine, ILinkResolver links)
{
    private readonly StringBuilder _plainText = new();
    private readonly StringBuilder _scratch = new();
    private readonly ChecklistKeys _checklistKeys = new();

    public string FirstParagraph { get; private set; } = "";
    public List<(string Html, int Line, int Column)> RawHtml { get; } = [];
    public List<(int Line, int Column)> ImagesWithoutAlt { get; } = [];
    public List<Heading> Headings { get; } = [];
    public List<ChecklistItem> ChecklistItems { get; } = [];
    public List<string> Steps { get; } = [];
    public string PlainText => _plainText.ToString();

    public void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock { IsOrdered: true } list when container is MarkdownDocument && Steps.Count == 0:
                    Walk(list);
                    foreach (var step in list.OfType<ListItemBlock>())
                        Steps.Add(string.Join(' ', step.OfType<ParagraphBlock>().Select(p => TextOf(p.Inline!))));
                    break;
                case ListItemBlock item:
                    if (item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: ChecklistItemInline check })
                    {
                        var text = TextOf(check);
                        check.Key = _checklistKeys.Next(text);
                        ChecklistItems.Add(new ChecklistItem(text, check.Checked, check.Key));
                    }
                    Walk(item);
                    break;
                case ContainerBlock child:
                    Walk(child);
                    break;
                case LeafBlock leaf:
                    Visit(leaf, container is MarkdownDocument);
                    break;
            }
        }
    }

    private void Visit(LeafBlock leaf, bool topLevel)
    {
        if (leaf is HtmlBlock html)
        {
            RawHtml.Add((html.Lines.ToString(), html.Line + bodyFirstLine, html.Column + 1));
            return;
        }
        var start = _plainText.Length;
        if (leaf.Inline is { } inline) Append(inline, _plainText, rewrite: true);
        else if (leaf is CodeBlock code) _plainText.Append(code.Lines.ToString());
        var text = _plainText.ToString(start, _plainText.Length - start).Trim();
        _plainText.Append('\n');

        if (leaf is HeadingBlock { Level: >= 2 } heading)
            Headings.Add(new Heading(heading.Level, text, heading.GetAttributes().Id ?? ""));
        else if (topLevel && leaf is ParagraphBlock && FirstParagraph.Length == 0)
            FirstParagraph = text;
    }

    private string TextOf(ContainerInline inline)
    {
        _scratch.Clear();
        Append(inline, _scratch, rewrite: false);
        return _scratch.ToString().Trim();
    }

    private void Append(ContainerInline container, StringBuilder builder, bool rewrite)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case HtmlInline html:
                    if (rewrite) RawHtml.Add((html.Tag, html.Line + bodyFirstLine, html.Column + 1));
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case LinkInline link:
                    if (rewrite && link.IsImage && link.FirstChild is null) ImagesWithoutAlt.Add((link.Line + bodyFirstLine, link.Column + 1));
                    if (rewrite && !string.IsNullOrEmpty(link.Url)
                        && links.Resolve(sourcePath, link.Url, link.Line + bodyFirstLine, link.Column + 1) is { } resolved)
                        link.Url = resolved;
                    Append(link, builder, rewrite);
                    break;
                case ContainerInline child:
                    Append(child, builder, rewrite);
                    break;
            }
        }
    }
}
