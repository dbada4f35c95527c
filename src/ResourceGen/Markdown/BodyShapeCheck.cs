using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ResourceGen.Markdown;

/// <summary>
/// Refuses a body shaped so that parsing or rendering it would take minutes or overflow the stack: a few hundred
/// kilobytes of nested quotes, emphasis or HTML elements, or thousands of headings (Markdig numbers a repeated
/// heading's id by trying <c>-1</c>, <c>-2</c> ... from the start each time). No page written by hand comes near.
/// </summary>
internal static class BodyShapeCheck
{
    /// <summary>The most headings of one page.</summary>
    public const int MaxHeadings = 1000;

    /// <summary>The deepest nesting of raw HTML elements, and of Markdown blocks and inlines.</summary>
    public const int MaxDepth = 100;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Before parsing: the 1-based body line and the problem, or null when the text's shape is fine.</summary>
    public static (int Line, string Problem)? BeforeParse(string body)
    {
        var headings = 0;
        var depth = 0;
        var line = 1;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                continue;
            }
            if (c == '#' && StartsLine(body, i) && ++headings > MaxHeadings)
                return (line, $"the page has more than {MaxHeadings:N0} headings; split it into several pages");
            if (c != '<' || i + 1 >= body.Length) continue;
            var closing = body[i + 1] == '/';
            var name = TagName(body, closing ? i + 2 : i + 1);
            if (name.Length == 0 || VoidElements.Contains(name)) continue;
            depth += closing ? -1 : 1;
            if (depth > MaxDepth)
                return (line, $"the raw HTML opens more than {MaxDepth} elements without closing them; close each element, or use Markdown");
            depth = Math.Max(depth, 0);
        }
        return null;
    }

    /// <summary>After parsing: the 0-based Markdown line of the deepest block or inline past <see cref="MaxDepth"/>, or null.</summary>
    public static int? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var entry))
        {
            if (entry.Depth > MaxDepth) return entry.Node.Line;
            switch (entry.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, entry.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, entry.Depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, entry.Depth + 1));
                    break;
            }
        }
        return null;
    }

    // A '#' after at most three spaces at the start of a line, as a Markdown heading starts.
    private static bool StartsLine(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] == ' ' && at - start < 3) start--;
        return start == 0 || text[start - 1] == '\n';
    }

    private static string TagName(string text, int from)
    {
        var end = from;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-') && end - from < 32) end++;
        var ended = end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] is '>' or '/');
        return end > from && ended && char.IsAsciiLetter(text[from]) ? text[from..end] : "";
    }
}
