using ResourceGen.Comments;
using ResourceGen.Diagnostics;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>What every output generator gets: the site model, the means to render pages, and the diagnostics.</summary>
/// <param name="Site">The site as data.</param>
/// <param name="Renderer">The site's templates, for generators that check which exist.</param>
/// <param name="Diagnostics">Where problems go.</param>
internal sealed record BuildContext(SiteModel Site, TemplateRenderer Renderer, DiagnosticBag Diagnostics)
{
    /// <summary>The comment section of a page; null when it has none.</summary>
    public required Func<Page, CommentSection?> CommentsFor { get; init; }

    /// <summary>The theme's assets; the pages rendered so far mark the built-in ones they use.</summary>
    public required AssetCatalog Assets { get; init; }

    /// <summary>Files copied as they are, by output path: everything under <c>static/</c> and the files kept beside the content.</summary>
    public IReadOnlyList<OutputFile> CopiedFiles { get; init; } = [];

    /// <summary>
    /// Renders pages in the site's layout, in the order asked (null where a template failed; its error is reported).
    /// The build reuses a page whose request and whatever its templates read are as they were.
    /// </summary>
    public required Func<IReadOnlyList<PageRenderRequest>, byte[]?[]> RenderPages { get; init; }

    /// <summary>Makes values of model objects, reusing a value while its object is as it was.</summary>
    public required IDerivations Derivations { get; init; }

    /// <summary>
    /// <paramref name="make"/> of <paramref name="source"/> (a page, tag, audience or section): what it made in an
    /// earlier build while every member of <paramref name="source"/> is the same, so <paramref name="make"/> must read
    /// nothing but its argument and the site's settings.
    /// </summary>
    public T Derive<TSource, T>(TSource source, Func<TSource, T> make) where TSource : class =>
        (T)Derivations.Get(make.Method, source, null, (s, _) => make((TSource)s)!);

    /// <summary>Same as <see cref="Derive{TSource, T}"/>, made again when <paramref name="extra"/> is not the same either.</summary>
    public T Derive<TSource, TExtra, T>(TSource source, TExtra extra, Func<TSource, TExtra, T> make) where TSource : class =>
        (T)Derivations.Get(make.Method, source, extra, (s, e) => make((TSource)s, (TExtra)e!)!);
}

/// <summary>Values made from model objects, kept from one build to the next.</summary>
internal interface IDerivations
{
    /// <summary>What <paramref name="make"/> (known by <paramref name="maker"/>) makes of <paramref name="source"/> and <paramref name="extra"/>.</summary>
    object Get(System.Reflection.MethodInfo maker, object source, object? extra, Func<object, object?, object> make);
}
