using AngleSharp.Html.Parser;

namespace ResourceGen.Security;

/// <summary>
/// Finds the other origins a page's own HTML loads from (an image or a video iframe hosted elsewhere), so the page's
/// policy allows exactly those and nothing else.
/// </summary>
public static class EmbeddedOrigins
{
    private static readonly (string Selector, string Attribute, string Directive)[] Loads =
    [
        ("img[src]", "src", "img-src"),
        ("video[poster]", "poster", "img-src"),
        ("iframe[src]", "src", "frame-src"),
        ("video[src], audio[src], source[src]", "src", "media-src"),
    ];

    private static readonly string[] Tags = ["<img", "<iframe", "<video", "<audio"];

    /// <summary>The sources <paramref name="html"/> needs, each origin once per directive.</summary>
    public static IReadOnlyList<PolicySource> Find(string html)
    {
        if (!html.Contains("//", StringComparison.Ordinal) || !Tags.Any(tag => html.Contains(tag, StringComparison.OrdinalIgnoreCase))) return [];
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        var sources = new List<PolicySource>();
        foreach (var (selector, attribute, directive) in Loads)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (Origin(element.GetAttribute(attribute)) is { } origin && !sources.Contains(new PolicySource(directive, origin)))
                    sources.Add(new PolicySource(directive, origin));
            }
        }
        return sources;
    }

    private static string? Origin(string? url)
    {
        if (url is null) return null;
        var trimmed = url.Trim();
        // A protocol-relative URL takes the page's scheme; a CSP host source without a scheme does the same.
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
            return Uri.TryCreate("https:" + trimmed, UriKind.Absolute, out var relative) ? relative.Authority : null;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"{uri.Scheme}://{uri.Authority}"
            : null;
    }
}
