using ResourceGen.Schema;

namespace ResourceGen.Content;

/// <summary>A content file after reading and checking its front matter; its Markdown body is read when it is rendered (<see cref="ContentLoader.BodyOf"/>).</summary>
/// <param name="SourcePath">Path from the site folder, e.g. <c>content/articles/a.md</c>.</param>
/// <param name="Type">The content type.</param>
/// <param name="FrontMatter">The checked front matter.</param>
/// <param name="BodyFirstLine">The file line on which the body starts, to map Markdown positions to file lines.</param>
/// <param name="Slug">The last URL segment.</param>
internal sealed record ContentItem(string SourcePath, ContentType Type, FrontMatter FrontMatter, int BodyFirstLine, string Slug)
{
    /// <summary>The site path of the page, without the base path, e.g. <c>/articles/a/</c>.</summary>
    public string SitePath => $"/{Type.Section}/{Slug}/";
}
