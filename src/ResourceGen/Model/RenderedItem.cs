using ResourceGen.Content;
using ResourceGen.Markdown;

namespace ResourceGen.Model;

/// <summary>A content item with its rendered body: the input of the model stage.</summary>
/// <param name="Item">The checked content file.</param>
/// <param name="Rendered">Its rendered Markdown.</param>
internal sealed record RenderedItem(ContentItem Item, RenderedContent Rendered);
