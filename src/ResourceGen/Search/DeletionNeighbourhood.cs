namespace ResourceGen.Search;

/// <summary>
/// The keys of the edit-distance index (SymSpell's idea): a term is filed under the strings its deletions give, so
/// two words within edit distance d share a key when up to d characters are deleted from each. Characters are
/// UTF-16 code units, as in lunr. The page computes the same keys and the same FNV-1a hash (search-engine.js).
/// </summary>
internal static class DeletionNeighbourhood
{
    /// <summary>The distinct strings <paramref name="word"/> gives with exactly <paramref name="deletions"/> characters deleted.</summary>
    public static IEnumerable<string> Deletions(string word, int deletions)
    {
        IEnumerable<string> level = [word];
        for (var d = 0; d < deletions; d++)
            level = level.SelectMany(w => Enumerable.Range(0, w.Length).Select(i => w.Remove(i, 1))).Distinct(StringComparer.Ordinal).ToList();
        return level;
    }

    /// <summary>32-bit FNV-1a over the UTF-16 code units of <paramref name="key"/>.</summary>
    public static uint Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
