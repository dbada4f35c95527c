using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Extensions.TaskLists;

namespace ResourceGen.Markdown;

/// <summary>Extracts plain text from Markdig's syntax tree.</summary>
internal static class InlineText
{
    /// <summary>The text of an inline container: literals, code and link texts, without markup.</summary>
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    /// <summary>The text of a whole document, one block per line.</summary>
    public static string Of(MarkdownDocument document)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline) Append(inline, builder);
            else if (block is CodeBlock code) builder.Append(code.Lines.ToString());
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder builder)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case TaskList:
                case HtmlInline:
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
                case ContainerInline child:
                    Append(child, builder);
                    break;
            }
        }
    }
}
