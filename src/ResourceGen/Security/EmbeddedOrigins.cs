using AngleSharp.Dom;

namespace ResourceGen.Security;

/// <summary>
/// Collects the other origins a page's own HTML loads from (an image or a video iframe hosted elsewhere), so the
/// page's policy allows exactly those and nothing else. Loads are added in document order.
/// </summary>
internal sealed class EmbeddedOrigins
{
    // The group orders a policy's sources: every image, then every poster, then frames, then audio and video.
    private static readonly (string Element, string Attribute, string Directive, int Group)[] Loads =
    [
        ("img", "src", "img-src", 0),
        ("video", "poster", "img-src", 1),
        ("iframe", "src", "frame-src", 2),
        ("video", "src", "media-src", 3),
        ("audio", "src", "media-src", 3),
        ("source", "src", "media-src", 3),
    ];

    private readonly List<(int Group, PolicySource Source)> _found = [];

    /// <summary>The sources found, as a policy lists them: by kind of load, each in document order, each origin once per directive.</summary>
    public IReadOnlyList<PolicySource> Sources => _found.OrderBy(f => f.Group).Select(f => f.Source).Distinct().ToList();

    /// <summary>Notes that <paramref name="element"/>'s <paramref name="attribute"/> loads <paramref name="url"/>; a local URL or an attribute that loads nothing is ignored.</summary>
    public void Add(string element, string attribute, string? url)
    {
        foreach (var load in Loads)
        {
            if (load.Element == element && load.Attribute == attribute && Origin(url) is { } origin)
                _found.Add((load.Group, new PolicySource(load.Directive, origin)));
        }
    }

    /// <summary>Notes every load of <paramref name="element"/> itself.</summary>
    public void Add(IElement element)
    {
        foreach (var (name, attribute, _, _) in Loads)
        {
            if (element.LocalName == name && element.GetAttribute(attribute) is { } url) Add(name, attribute, url);
        }
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
