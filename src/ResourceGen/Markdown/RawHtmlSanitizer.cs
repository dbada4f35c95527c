using AngleSharp.Dom;
using Ganss.Xss;
using ResourceGen.Configuration;

namespace ResourceGen.Markdown;

/// <summary>
/// Keeps harmless raw HTML in Markdown (<c>details</c>, <c>kbd</c>, <c>figure</c>, video iframes from allowed hosts)
/// and drops scripts, event handlers, <c>javascript:</c> URLs and iframes from other hosts, saying what it dropped.
/// </summary>
internal sealed class RawHtmlSanitizer
{
    private static readonly string[] ExtraTags = ["details", "summary", "kbd", "figure", "figcaption", "iframe", "input", "label", "mark", "abbr", "sup", "sub"];
    private static readonly string[] ExtraAttributes = ["id", "class", "allow", "allowfullscreen", "loading", "referrerpolicy", "type", "disabled", "checked", "open", "data-check"];

    private readonly HashSet<string> _iframeHosts;

    /// <summary>Creates a sanitiser that keeps iframes from <paramref name="settings"/>' hosts.</summary>
    public RawHtmlSanitizer(MarkdownSettings settings) =>
        _iframeHosts = new HashSet<string>(settings.IframeHosts, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The sanitised HTML and a description of each thing removed ("&lt;script&gt;", "onclick on &lt;img&gt;");
    /// <paramref name="kept"/>, when given, sees the body of what is kept before it is written out.
    /// </summary>
    public (string Html, IReadOnlyList<string> Removed) Sanitize(string html, Action<INode>? kept = null)
    {
        var removed = new List<string>();
        var sanitizer = Create(removed);
        if (kept is not null) sanitizer.PostProcessDom += (_, e) => kept(e.Document.Body!);
        var result = sanitizer.Sanitize(html);
        return (result, removed);
    }

    private HtmlSanitizer Create(List<string> removed)
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in ExtraTags) sanitizer.AllowedTags.Add(tag);
        foreach (var attribute in ExtraAttributes) sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"'{e.Attribute.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingComment += (_, _) => { };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "iframe" } frame && !IsAllowedFrame(frame.GetAttribute("src")))
            {
                removed.Add($"<iframe> from '{frame.GetAttribute("src") ?? "(no src)"}' (allowed hosts: {string.Join(", ", _iframeHosts)})");
                frame.Remove();
            }
        };
        return sanitizer;
    }

    private bool IsAllowedFrame(string? src) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && _iframeHosts.Contains(uri.Host);
}
