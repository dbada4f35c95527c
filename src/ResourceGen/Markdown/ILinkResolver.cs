namespace ResourceGen.Markdown;

/// <summary>Turns the URL of a link or image written in a content file into the URL the reader's browser uses.</summary>
internal interface ILinkResolver
{
    /// <summary>The URL to write, or null to leave the link as written (a broken link is reported first).</summary>
    /// <param name="sourcePath">The content file holding the link, e.g. <c>content/articles/a.md</c>.</param>
    /// <param name="url">The URL as written.</param>
    /// <param name="line">File line of the link, for diagnostics.</param>
    /// <param name="column">File column of the link, for diagnostics.</param>
    string? Resolve(string sourcePath, string url, int line, int column);
}
