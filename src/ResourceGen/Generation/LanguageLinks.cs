using ResourceGen.Configuration;
using ResourceGen.Markdown;
using ResourceGen.Model;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>A page in one language, for hreflang links, the language switcher and <c>site.languages</c>.</summary>
/// <param name="Code">The language code (<c>hreflang</c>).</param>
/// <param name="Name">The language's name in itself.</param>
/// <param name="Dir"><c>ltr</c> or <c>rtl</c>.</param>
/// <param name="Url">The page in that language, or that language's home page when it has no such page.</param>
/// <param name="Permalink">The absolute form of <paramref name="Url"/>.</param>
/// <param name="Current">True for the language of the page being rendered.</param>
/// <param name="Exists">True when <paramref name="Url"/> is this page in that language, not the fallback home page.</param>
internal sealed record LanguageLink(string Code, string Name, string Dir, string Url, string Permalink, bool Current, bool Exists);

/// <summary>
/// Where each page is in every language: a resource's translations, and a list page (home, sections, tags, audiences,
/// search) at the same path under each language's prefix when that language has it. A page a language lacks links to
/// that language's home page.
/// </summary>
internal sealed class LanguageLinks
{
    private readonly SiteConfig? _config;
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly LinkTargets? _targets;
    private readonly IReadOnlyDictionary<string, HashSet<string>> _lists;
    private readonly Dictionary<string, string> _sourceOf = new(StringComparer.Ordinal);

    /// <summary>The links of a site with one language: none.</summary>
    public static LanguageLinks None { get; } = new(null, new Dictionary<string, string>(), null, new Dictionary<string, HashSet<string>>());

    /// <summary>Links over <paramref name="targets"/> (the resources) and <paramref name="lists"/> (each language's <see cref="ListPaths"/>).</summary>
    public LanguageLinks(SiteConfig? config, IReadOnlyDictionary<string, string> names, LinkTargets? targets, IReadOnlyDictionary<string, HashSet<string>> lists)
    {
        (_config, _names, _targets, _lists) = (config, names, targets, lists);
        if (targets is null) return;
        foreach (var (source, sitePath) in targets.PageUrls) _sourceOf[sitePath] = source;
    }

    /// <summary>The site paths of <paramref name="model"/>'s list pages, without the language prefix.</summary>
    public static HashSet<string> ListPaths(SiteModel model)
    {
        var prefix = model.Config.CurrentLanguage.Prefix.Length;
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/", "/tags/", "/search/", "/404.html" };
        foreach (var url in model.Sections.Select(s => s.SitePath)) paths.Add("/" + url[(1 + prefix)..]);
        foreach (var term in model.Tags) paths.Add($"/tags/{term.Slug}/");
        foreach (var term in model.Audiences) paths.Add($"/audience/{term.Slug}/");
        return paths;
    }

    /// <summary>The page at <paramref name="sitePath"/> (in <paramref name="language"/>) in every language, the site's order; empty for a site with one language.</summary>
    public IReadOnlyList<LanguageLink> For(string sitePath, string language)
    {
        if (_config is null || _targets is null) return [];
        var translations = _sourceOf.TryGetValue(sitePath, out var source) ? _targets.Translated.GetValueOrDefault(source) : null;
        var current = _config.LanguageNamed(language)!;
        var neutral = "/" + sitePath.TrimStart('/')[current.Prefix.Length..];
        var paginated = neutral.Contains("/page/", StringComparison.Ordinal);
        var listPath = paginated ? neutral[..(neutral.IndexOf("/page/", StringComparison.Ordinal) + 1)] : neutral;
        return [.. _config.Languages.Select(l =>
        {
            string? path = l.Code == language ? sitePath
                : source is not null ? (translations?.GetValueOrDefault(l.Code) is { } other ? _targets.PageUrls[other] : null)
                : _lists.GetValueOrDefault(l.Code)?.Contains(listPath) == true ? "/" + l.Prefix + listPath.TrimStart('/') : null;
            var target = path ?? "/" + l.Prefix;
            return new LanguageLink(l.Code, _names[l.Code], l.RightToLeft ? "rtl" : "ltr", _config.RelativeUrl(target), _config.AbsoluteUrl(target),
                l.Code == language, path is not null && (l.Code == language || !paginated));
        })];
    }

    /// <summary><paramref name="requests"/>, each with its page in every language as <c>translations</c>.</summary>
    public IReadOnlyList<PageRenderRequest> Add(IReadOnlyList<PageRenderRequest> requests, string language) => _config is null ? requests
        : [.. requests.Select(r => r with { Variables = new Dictionary<string, object?>(r.Variables) { ["translations"] = For(r.SitePath, language) } })];

    /// <summary>The language whose prefix <paramref name="sitePath"/> starts with.</summary>
    public string LanguageOf(string sitePath) =>
        _config?.Languages.Skip(1).FirstOrDefault(l => sitePath.StartsWith("/" + l.Prefix, StringComparison.Ordinal))?.Code ?? _config?.Language ?? "";

    /// <summary>True when both give the same links.</summary>
    public static bool Same(LanguageLinks a, LanguageLinks b) =>
        ReferenceEquals(a, b) || ReferenceEquals(a._config, b._config) && a._targets is not null && b._targets is not null
        && a._names.Count == b._names.Count && a._names.All(n => b._names.TryGetValue(n.Key, out var name) && name == n.Value)
        && a._sourceOf.Count == b._sourceOf.Count && a._sourceOf.All(p => b._sourceOf.TryGetValue(p.Key, out var s) && s == p.Value)
        && SameTranslations(a._targets, b._targets)
        && a._lists.Count == b._lists.Count && a._lists.All(l => b._lists.TryGetValue(l.Key, out var other) && l.Value.SetEquals(other));

    private static bool SameTranslations(LinkTargets a, LinkTargets b) =>
        a.Translated.Count == b.Translated.Count && a.Translated.All(pair => b.Translated.TryGetValue(pair.Key, out var other)
            && pair.Value.Count == other.Count && pair.Value.All(p => other.TryGetValue(p.Key, out var path) && path == p.Value));
}
