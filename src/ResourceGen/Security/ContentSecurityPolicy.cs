using ResourceGen.Text;

namespace ResourceGen.Security;

/// <summary>
/// The Content-Security-Policy of a page, written into a <c>&lt;meta&gt;</c>: the site's own origin only, plus the
/// sources a page adds (its comment provider, images or videos its content embeds from elsewhere).
/// </summary>
internal sealed class ContentSecurityPolicy
{
    /// <summary>Directives in the order they are written.</summary>
    private static readonly string[] Order =
        ["default-src", "script-src", "style-src", "img-src", "font-src", "connect-src", "media-src", "frame-src", "worker-src", "object-src", "base-uri", "form-action"];

    private static readonly PolicySource[] Base =
    [
        new("default-src", "'self'"),
        // The theme's stylesheet draws its tick marks as data: SVG images.
        new("img-src", "'self'"),
        new("img-src", "data:"),
        new("object-src", "'none'"),
        new("base-uri", "'self'"),
        new("form-action", "'self'"),
    ];

    private readonly IReadOnlyList<PolicySource> _sources;

    private ContentSecurityPolicy(IReadOnlyList<PolicySource> sources) => _sources = sources;

    /// <summary>The policy of a page that loads nothing from another origin.</summary>
    public static ContentSecurityPolicy SiteOnly { get; } = new(Base);

    /// <summary>This policy with <paramref name="sources"/> allowed too; a directive not yet written starts from <c>'self'</c>.</summary>
    public ContentSecurityPolicy With(IEnumerable<PolicySource> sources)
    {
        var all = _sources.ToList();
        foreach (var source in sources)
        {
            if (!all.Any(s => s.Directive == source.Directive)) all.Add(new PolicySource(source.Directive, "'self'"));
            if (!all.Contains(source)) all.Add(source);
        }
        return new ContentSecurityPolicy(all);
    }

    /// <summary>
    /// The policy ready for the meta element's double-quoted <c>content</c> attribute. The quotes around <c>'self'</c>
    /// stay as they are, so the policy reads in the page source as it does in the README.
    /// </summary>
    public HtmlFragment ToAttributeValue() => new(ToString().Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;"));

    /// <summary>The policy as the <c>content</c> of the meta element, e.g. <c>default-src 'self'; img-src 'self' data:</c>.</summary>
    public override string ToString() => string.Join("; ", _sources
        .GroupBy(s => s.Directive)
        .OrderBy(g => Array.IndexOf(Order, g.Key) is var i && i < 0 ? int.MaxValue : i)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key + " " + string.Join(' ', g.Select(s => s.Source))));
}
