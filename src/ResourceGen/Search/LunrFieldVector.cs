namespace ResourceGen.Search;

/// <summary>
/// The BM25 weights of one field of one document (an entry of lunr's <c>fieldVectors</c>, serialized as
/// <c>["field/docRef", [termIndex, weight, …]]</c>).
/// </summary>
internal sealed class LunrFieldVector
{
    internal LunrFieldVector(int documentIndex, int fieldIndex, int[] termIndexes, double[] weights)
    {
        DocumentIndex = documentIndex;
        FieldIndex = fieldIndex;
        TermIndexArray = termIndexes;
        WeightArray = weights;
    }

    /// <summary>The document's position in <see cref="LunrIndex.DocumentRefs"/>.</summary>
    public int DocumentIndex { get; }

    /// <summary>The field's position in <see cref="LunrIndex.Fields"/>.</summary>
    public int FieldIndex { get; }

    /// <summary>The <c>_index</c> of each term of the field, ascending.</summary>
    public IReadOnlyList<int> TermIndexes => TermIndexArray;

    /// <summary>The weight of each term, rounded to 3 decimals like lunr.</summary>
    public IReadOnlyList<double> Weights => WeightArray;

    internal int[] TermIndexArray { get; }

    internal double[] WeightArray { get; }
}
