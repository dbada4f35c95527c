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
}
