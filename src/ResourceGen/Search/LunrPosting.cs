namespace ResourceGen.Search;

/// <summary>One term of lunr's <c>invertedIndex</c>: its vector index and the documents that contain it, per field.</summary>
internal sealed class LunrPosting
{
    internal LunrPosting(string term, int termIndex, int[][] documents)
    {
        Term = term;
        TermIndex = termIndex;
        DocumentArrays = documents;
    }

    /// <summary>The term (a stem).</summary>
    public string Term { get; }

    /// <summary>The term's <c>_index</c>: its position in the order terms were first met.</summary>
    public int TermIndex { get; }

    /// <summary>For each field of <see cref="LunrIndex.Fields"/>, the documents (positions in <see cref="LunrIndex.DocumentRefs"/>) in the order they were added.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Documents => DocumentArrays;

    internal int[][] DocumentArrays { get; }
}
