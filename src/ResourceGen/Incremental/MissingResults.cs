namespace ResourceGen.Incremental;

/// <summary>
/// Fills the gaps of a result array in parallel. Incremental stages first take what they can reuse, one by one
/// (cheap), and leave the rest to this, so a rebuild pays for parallel work only where there is work.
/// </summary>
internal static class MissingResults
{
    /// <summary>Sets every null element of <paramref name="results"/> to <paramref name="compute"/> of its index.</summary>
    public static void Compute<T>(T?[] results, Func<int, T?> compute) where T : class
    {
        var missing = Enumerable.Range(0, results.Length).Where(i => results[i] is null).ToList();
        if (missing.Count == 1) results[missing[0]] = compute(missing[0]);
        else if (missing.Count > 1) Parallel.ForEach(missing, i => results[i] = compute(i));
    }
}
