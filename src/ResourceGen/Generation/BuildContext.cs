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
public sealed record BuildContext(SiteModel Site, TemplateRenderer Renderer, DiagnosticBag Diagnostics)
{
    /// <summary>The comment section of each page that has one.</summary>
    public CommentSections Comments { get; init; } = CommentSections.None;

    /// <summary>The theme's assets; the pages rendered so far mark the built-in ones they use.</summary>
    public required AssetCatalog Assets { get; init; }

    /// <summary>Files copied as they are, by output path: everything under <c>static/</c> and the files kept beside the content.</summary>
    public IReadOnlyList<OutputFile> CopiedFiles { get; init; } = [];

    /// <summary>
    /// Renders pages in the site's layout, in the order asked (null where a template failed; its error is reported).
    /// The build reuses a page whose request and whatever its templates read are as they were.
    /// </summary>
    public required Func<IReadOnlyList<PageRenderRequest>, byte[]?[]> RenderPages { get; init; }
}
