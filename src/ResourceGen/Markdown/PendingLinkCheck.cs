namespace ResourceGen.Markdown;

/// <summary>
/// A link whose target can only be checked once every page is rendered: an anchor on a page, or a site path.
/// </summary>
/// <param name="SourcePath">The file holding the link.</param>
/// <param name="Line">File line of the link.</param>
/// <param name="Column">File column of the link.</param>
/// <param name="Url">The URL as written.</param>
/// <param name="TargetPage">For an anchor: the source path of the page it points into; null for a site path.</param>
/// <param name="Anchor">For an anchor: the id without '#'.</param>
/// <param name="SitePath">For a site path: the path without base path, query or fragment.</param>
internal sealed record PendingLinkCheck(string SourcePath, int Line, int Column, string Url, string? TargetPage, string? Anchor, string? SitePath);
