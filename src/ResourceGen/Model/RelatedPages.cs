namespace ResourceGen.Model;

/// <summary>
/// Finds each page's related resources: the pages sharing the most tags with it, ties broken newest first.
/// Uses an index from tag to pages, so the work grows with the pages that share a tag, not with pages squared.
/// </summary>
internal static class RelatedPages
{
    /// <summary>How many related pages each page gets.</summary>
    public const int Count = 3;

    /// <summary>
    /// The related pages of every page, as indexes into <paramref name="tagSlugs"/>: each page's tag slugs, the pages
    /// sorted newest first.
    /// </summary>
    public static int[][] Find(IReadOnlyList<string[]> tagSlugs)
    {
        var pagesByTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tagSlugs.Count; i++)
        {
            foreach (var tag in tagSlugs[i])
            {
                if (!pagesByTag.TryGetValue(tag, out var list)) pagesByTag[tag] = list = [];
                list.Add(i);
            }
        }

        var result = new int[tagSlugs.Count][];
        Parallel.For(0, tagSlugs.Count, () => new SharedTagCounts(tagSlugs.Count), (i, _, counts) =>
        {
            foreach (var tag in tagSlugs[i])
            {
                foreach (var other in pagesByTag[tag])
                {
                    if (other != i) counts.Add(other);
                }
            }
            result[i] = [.. Best(counts)];
            counts.Clear();
            return counts;
        }, _ => { });
        return result;
    }

    /// <summary>The indexes with the most shared tags; page indexes follow the newest-first order, so the lower index wins a tie.</summary>
    private static List<int> Best(SharedTagCounts shared)
    {
        var best = new List<(int Index, int Shared)>(Count + 1);
        foreach (var index in shared.Touched)
        {
            var count = shared[index];
            var position = best.Count;
            while (position > 0 && (best[position - 1].Shared < count || (best[position - 1].Shared == count && best[position - 1].Index > index))) position--;
            if (position >= Count) continue;
            best.Insert(position, (index, count));
            if (best.Count > Count) best.RemoveAt(Count);
        }
        return best.Select(b => b.Index).ToList();
    }

    /// <summary>How many tags each other page shares with the current one: an array by page index, cleared through the touched list.</summary>
    private sealed class SharedTagCounts(int pages)
    {
        private readonly int[] _counts = new int[pages];

        public List<int> Touched { get; } = [];

        public int this[int index] => _counts[index];

        public void Add(int index)
        {
            if (_counts[index]++ == 0) Touched.Add(index);
        }

        public void Clear()
        {
            foreach (var index in Touched) _counts[index] = 0;
            Touched.Clear();
        }
    }
}
