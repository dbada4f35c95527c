using System.Runtime.CompilerServices;

namespace ResourceGen.Search;

/// <summary>
/// lunr's BM25 arithmetic. Every expression keeps lunr's operation order: another association of the same formula
/// can change the last bit and with it the third decimal after rounding.
/// </summary>
internal static class LunrScoring
{
    /// <summary>
    /// <c>lunr.idf</c>. <paramref name="postings"/> counts field postings (a document that has the term in two fields
    /// counts twice), so it can exceed <paramref name="documentCount"/>.
    /// </summary>
    public static double Idf(int postings, int documentCount)
    {
        var x = (documentCount - postings + 0.5) / (postings + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    // A site build runs this hot loop once per process: tiered JIT would run most of it unoptimized.
    /// <summary>The vector of one field of one document, as <c>Builder.createFieldVectors</c> computes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LunrFieldVector FieldVector(
        LunrAnalyzedField field, int[] termIds, double[] idf, int documentIndex, int fieldIndex,
        double averageLength, double k1, double b, double fieldBoost, double documentBoost)
    {
        var count = termIds.Length;
        var indexes = new int[count];
        var weights = new double[count];
        double fieldLength = field.Length;
        for (var k = 0; k < count; k++)
        {
            var id = termIds[k];
            double tf = field.Frequencies[k];
            var score = idf[id] * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldLength / averageLength)) + tf);
            score *= fieldBoost;
            score *= documentBoost;
            indexes[k] = id;
            weights[k] = JsNumber.Round(score * 1000) / 1000;
        }
        // lunr.Vector keeps its elements sorted by term index.
        Array.Sort(indexes, weights);
        return new LunrFieldVector(documentIndex, fieldIndex, indexes, weights);
    }
}
