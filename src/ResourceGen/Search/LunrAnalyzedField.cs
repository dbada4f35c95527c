namespace ResourceGen.Search;

/// <summary>The terms of one field of one document after the pipeline.</summary>
/// <param name="Length">The number of terms, repeats included: lunr's field length.</param>
/// <param name="Analyzer">The analyzer whose term ids <paramref name="Terms"/> holds.</param>
/// <param name="Terms">Each distinct term once (as an id of <paramref name="Analyzer"/>), in the order of first occurrence.</param>
/// <param name="Frequencies">How often each of <paramref name="Terms"/> occurs.</param>
internal sealed record LunrAnalyzedField(int Length, LunrFieldAnalyzer? Analyzer, int[] Terms, int[] Frequencies)
{
    /// <summary>A field without terms.</summary>
    public static readonly LunrAnalyzedField Empty = new(0, null, [], []);
}
