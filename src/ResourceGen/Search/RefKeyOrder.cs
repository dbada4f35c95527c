namespace ResourceGen.Search;

/// <summary>
/// Puts a posting's documents in the order JavaScript lists their ref keys: refs that are array indexes first, by
/// value, then the rest in the order they were added.
/// </summary>
internal sealed class RefKeyOrder
{
    private readonly long[] arrayIndexes;
    private readonly bool any;
    private readonly Comparer<int> byValue;

    /// <summary>Prepares the order for <paramref name="refs"/>.</summary>
    public RefKeyOrder(IReadOnlyList<string> refs)
    {
        arrayIndexes = new long[refs.Count];
        for (var i = 0; i < refs.Count; i++)
        {
            arrayIndexes[i] = JsPropertyKeys.ArrayIndex(refs[i]);
            any |= arrayIndexes[i] >= 0;
        }
        byValue = Comparer<int>.Create((x, y) => arrayIndexes[x].CompareTo(arrayIndexes[y]));
    }

    /// <summary><paramref name="documents"/> (in the order they were added) in key order; the same array when nothing moves.</summary>
    public int[] Apply(int[] documents)
    {
        if (!any) return documents;
        var numeric = 0;
        foreach (var d in documents) if (arrayIndexes[d] >= 0) numeric++;
        if (numeric == 0) return documents;
        var ordered = new int[documents.Length];
        var next = 0;
        var rest = numeric;
        foreach (var d in documents)
        {
            if (arrayIndexes[d] >= 0) ordered[next++] = d;
            else ordered[rest++] = d;
        }
        Array.Sort(ordered, 0, numeric, byValue);
        return ordered;
    }
}
