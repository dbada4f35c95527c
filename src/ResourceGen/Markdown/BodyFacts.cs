using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ResourceGen.Security;

namespace ResourceGen.Markdown;

/// <summary>
/// What later stages need to know about a rendered body (the anchors a link may point to, the other origins the body
/// loads from), gathered while the body is rendered so that no later stage parses its HTML again. Each object is
/// noted as Markdig writes it, so only what reaches the HTML counts.
/// </summary>
/// <param name="keepsRawHtml">True when raw HTML goes into the page as written (<c>markdown.unsafe_html</c>), so its ids and loads are the raw HTML's own.</param>
/// <param name="media">The pipeline's media-link options, which turn some images into video frames; null without media links.</param>
internal sealed class BodyFacts(bool keepsRawHtml, MediaOptions? media)
{
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly EmbeddedOrigins _origins = new();
    private HtmlParser? _parser;
    private IElement? _template;

    /// <summary>Every id in the body.</summary>
    public IReadOnlySet<string> Anchors => _anchors;

    /// <summary>The other origins the body loads from, as its policy lists them.</summary>
    public IReadOnlyList<PolicySource> EmbeddedSources => _origins.Sources;

    /// <summary>Notes what <paramref name="written"/> puts into the HTML; called just before <paramref name="renderer"/> writes it.</summary>
    public void Note(IMarkdownRenderer renderer, MarkdownObject written)
    {
        // A paragraph of a tight list or table cell is written without its <p>, and so without its id.
        if (written is not ParagraphBlock || renderer is not HtmlRenderer { ImplicitParagraph: true }) AddAnchor(written.TryGetAttributes()?.Id);
        switch (written)
        {
            case FootnoteGroup group:
                // The group writes each note's <li id="fn:N"> itself.
                foreach (var footnote in group.OfType<Footnote>()) AddAnchor($"fn:{footnote.Order}");
                break;
            case FootnoteLink { IsBackLink: false } link:
                AddAnchor($"fnref:{link.Index}");
                break;
            case LinkInline { IsImage: true, Url: { Length: > 0 } url }:
                ImageLoads.Add(this, media, url);
                break;
            case HtmlBlock block:
                AddRawHtml(block.Lines.ToString());
                break;
            case HtmlInline inline:
                AddRawHtml(inline.Tag);
                break;
        }
    }

    /// <summary>Notes an element id the body will have.</summary>
    public void AddAnchor(string? id)
    {
        if (id is not null) _anchors.Add(id);
    }

    /// <summary>Notes that an element of the body loads <paramref name="url"/> through <paramref name="attribute"/>.</summary>
    public void AddLoad(string element, string attribute, string? url) => _origins.Add(element, attribute, url);

    private void AddRawHtml(string html)
    {
        if (!keepsRawHtml) return;
        _parser ??= new HtmlParser();
        // A template accepts any element (a lone <td> too), so each element of the piece is seen as the page will have it.
        _template ??= _parser.ParseDocument("").CreateElement("template");
        foreach (var node in _parser.ParseFragment(html, _template)) AddAll(node);
    }

    /// <summary>Notes the ids and loads of <paramref name="root"/> and everything in it.</summary>
    public void AddAll(INode root)
    {
        if (root is IElement element) Add(element);
        foreach (var descendant in root.Descendants<IElement>()) Add(descendant);
    }

    private void Add(IElement element)
    {
        AddAnchor(element.GetAttribute("id"));
        _origins.Add(element);
    }
}
