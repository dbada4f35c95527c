using System.Text.Json.Serialization;

namespace ResourceGen.Generation;

/// <summary>What a search result shows and facets filter on, stored in <c>search-docs.json</c> under the page's ref.</summary>
/// <param name="Url">The page's URL, base path included.</param>
/// <param name="Title">The title.</param>
/// <param name="Type">article, activity or checklist.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Tags">Tag display names.</param>
/// <param name="Audience">Audiences.</param>
/// <param name="Date">YYYY-MM-DD, or empty.</param>
internal sealed record SearchDocument(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("audience")] IReadOnlyList<string> Audience,
    [property: JsonPropertyName("date")] string Date);
