using ResourceGen.Comments;
using ResourceGen.Diagnostics;
using ResourceGen.Incremental;
using ResourceGen.Model;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>What every output generator gets: the site model, the template renderer and the diagnostics.</summary>
/// <param name="Site">The site as data.</param>
/// <param name="Renderer">Renders HTML pages with the site's templates.</param>
/// <param name="Diagnostics">Where problems go.</param>
/// <param name="SiteRoot">The site folder, for generators that copy files.</param>
public sealed record BuildContext(SiteModel Site, TemplateRenderer Renderer, DiagnosticBag Diagnostics, string SiteRoot)
{
    /// <summary>The comment section of each page that has one.</summary>
    public CommentSections Comments { get; init; } = CommentSections.None;

    /// <summary>In an incremental build, the pages of the last build that can be reused; null in a full build.</summary>
    internal RenderMemo? Renders { get; init; }

    /// <summary>
    /// <paramref name="make"/> of <paramref name="source"/>. An incremental build reuses what it made last time from
    /// the very same object (the model keeps every object an edit did not replace), so <paramref name="make"/> must
    /// read nothing but its argument and the site's settings.
    /// </summary>
    public T Derive<TSource, T>(TSource source, Func<TSource, T> make) where TSource : class =>
        Renders is { } memo ? memo.Derived.Get(source, make) : make(source);

    /// <summary>Same as <see cref="Derive{TSource, T}"/>, reused while both <paramref name="source"/> and <paramref name="extra"/> are the same objects.</summary>
    public T Derive<TSource, TExtra, T>(TSource source, TExtra extra, Func<TSource, TExtra, T> make) where TSource : class =>
        Renders is { } memo ? memo.Derived.Get(source, extra, make) : make(source, extra);
}
