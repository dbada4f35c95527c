namespace ResourceGen.Schema;

/// <summary><c>article_data</c>: schema.org Article data with the page's authors, dates and tags.</summary>
internal sealed class ArticleDataFeature : TypeFeature
{
    /// <inheritdoc />
    public override string Name => "article_data";

    /// <inheritdoc />
    public override string Description => "schema.org Article JSON-LD with the authors (or the site's author), dates and tags.";
}
