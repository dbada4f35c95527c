namespace ResourceGen.Search;

/// <summary>
/// A built lunr 2.3.9 index as plain data: what <c>JSON.stringify(lunrIndex)</c> holds.
/// <see cref="LunrIndexSerializer"/> writes it; the browser reads it with <c>lunr.Index.load</c>.
/// </summary>
internal sealed class LunrIndex
{
    /// <summary>The lunr version the index is written for.</summary>
    public const string LunrVersion = "2.3.9";

    internal LunrIndex(
        IReadOnlyList<string> fields,
        IReadOnlyList<string> documentRefs,
        IReadOnlyList<LunrFieldVector> fieldVectors,
        IReadOnlyList<LunrPosting> invertedIndex,
        IReadOnlyList<string> pipeline)
    {
        Fields = fields;
        DocumentRefs = documentRefs;
        FieldVectors = fieldVectors;
        InvertedIndex = invertedIndex;
        Pipeline = pipeline;
    }

    /// <summary>Always <see cref="LunrVersion"/>.</summary>
    public string Version => LunrVersion;

    /// <summary>The field names, in the order they were declared.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The document refs, in the order the documents were added.</summary>
    public IReadOnlyList<string> DocumentRefs { get; }

    /// <summary>One vector for every document and field (empty fields included): documents in order, then fields.</summary>
    public IReadOnlyList<LunrFieldVector> FieldVectors { get; }

    /// <summary>The terms, sorted by UTF-16 code unit (JavaScript's default sort), as <c>lunr.Index.load</c> requires.</summary>
    public IReadOnlyList<LunrPosting> InvertedIndex { get; }

    /// <summary>
    /// The labels of the search pipeline the browser runs over query terms: the language's
    /// (<see cref="LunrLanguage.SearchPipeline"/>), such as lunr's default, the stemmer only.
    /// </summary>
    public IReadOnlyList<string> Pipeline { get; }
}
