using System.Text.Json.Serialization;

namespace ResourceGen.Generation;

/// <summary>What a result of the search page shows: one entry of a card bucket of the sharded index.</summary>
/// <param name="Url">The page's URL, base path included.</param>
/// <param name="Title">The title.</param>
/// <param name="Type">The content type's name.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Tags">Tag slugs; the search page shows each by the name and URL its tag list gives for the slug.</param>
/// <param name="Date">YYYY-MM-DD, or empty.</param>
/// <param name="Sections">The page's headings as <c>[text, anchor]</c>, offered as sub-results when a query matches them.</param>
internal sealed record SearchCard(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("sections")] IReadOnlyList<string[]> Sections);
