namespace ResourceGen.Search;

/// <summary>
/// The value of one field of one document, as lunr sees it: missing (<c>null</c>/<c>undefined</c>: no tokens, but the
/// field still counts with length 0), a text (split into tokens) or a list (one token per item, never split).
/// </summary>
internal readonly record struct LunrFieldValue
{
    private LunrFieldValue(string? text, IReadOnlyList<string?>? items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>A missing value, the same as <c>default</c>.</summary>
    public static LunrFieldValue Missing => default;

    /// <summary>The text, when the value is a text.</summary>
    public string? Text { get; }

    /// <summary>The items, when the value is a list.</summary>
    public IReadOnlyList<string?>? Items { get; }

    /// <summary>True when the value gives no tokens because it is missing.</summary>
    public bool IsMissing => Text is null && Items is null;

    /// <summary>A text value, split into tokens at whitespace and hyphens; null is a missing value.</summary>
    public static LunrFieldValue FromText(string? text) => new(text, null);

    /// <summary>
    /// A list value: each item is one token, so "school-age" cannot be found by a plain query (the query
    /// parser splits it). For tags prefer a space-joined text. Null is a missing value.
    /// </summary>
    public static LunrFieldValue FromItems(IReadOnlyList<string?>? items) => new(null, items);

    /// <summary>A text value.</summary>
    public static implicit operator LunrFieldValue(string? text) => FromText(text);

    /// <summary>A list value.</summary>
    public static implicit operator LunrFieldValue(string?[]? items) => FromItems(items);
}
