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
    /// <summary>The page's language: the default one, or the one its file name gives (<c>x.es.md</c>).</summary>
    public SiteLanguage Language { get; init; } = SiteLanguage.Default;

    /// <summary>
    /// What links the page to its translations: its <c>translation_key</c>, else its path without the language code
    /// and <c>.md</c> (<c>content/articles/a</c> for <c>a.md</c> and <c>a.es.md</c>).
    /// </summary>
    public required string TranslationKey { get; init; }

    /// <summary>The site path of the page, without the base path, e.g. <c>/articles/a/</c>, or <c>/es/articles/a/</c> in Spanish.</summary>
    public string SitePath => $"/{Language.Prefix}{Type.Section}/{Slug}/";
}
