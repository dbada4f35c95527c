using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ResourceGen.Markdown;

/// <summary>
/// Turns task lists into real checkboxes a reader can tick: each <c>- [ ]</c> line becomes a
/// <see cref="ChecklistItemInline"/> holding the line's text, rendered as
/// <c>&lt;label class="check"&gt;&lt;input type="checkbox" data-check="key"&gt; text&lt;/label&gt;</c>.
/// Needs Markdig's task-list extension, which <c>UseAdvancedExtensions</c> includes.
/// </summary>
internal sealed class ChecklistExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += WrapTaskItems;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ChecklistItemRenderer>())
            html.ObjectRenderers.Insert(0, new ChecklistItemRenderer());
    }

    private static void WrapTaskItems(MarkdownDocument document)
    {
        foreach (var task in document.Descendants<TaskList>().ToList())
        {
            var paragraph = task.Parent!;
            var item = new ChecklistItemInline { Checked = task.Checked, Line = task.Line, Column = task.Column, Span = task.Span };
            task.Remove();
            while (paragraph.FirstChild is { } inline)
            {
                inline.Remove();
                item.AppendChild(inline);
            }
            if (item.FirstChild is LiteralInline first) first.Content.TrimStart();
            paragraph.AppendChild(item);
        }
    }
}

/// <summary>Writes a <see cref="ChecklistItemInline"/> as a label around a checkbox and the item's text.</summary>
internal sealed class ChecklistItemRenderer : HtmlObjectRenderer<ChecklistItemInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ChecklistItemInline item)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(item);
            return;
        }
        renderer.Write("<label class=\"check\"><input type=\"checkbox\" class=\"check__box\" data-check=\"").Write(item.Key).Write('"');
        if (item.Checked) renderer.Write(" checked");
        renderer.Write("> <span class=\"check__text\">");
        renderer.WriteChildren(item);
        renderer.Write("</span></label>");
    }
}
