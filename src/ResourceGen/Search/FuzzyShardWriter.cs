namespace ResourceGen.Search;

/// <summary>
/// The edit-distance index: every term is filed in the shards its <see cref="DeletionNeighbourhood"/> keys hash to.
/// Set 1 holds the term itself and its 1-deletions, set 2 its 2-deletions; a query for edit distance 1 reads the
/// set-1 shards of its own 0- and 1-deletion keys, distance 2 reads both sets for its 0-, 1- and 2-deletion keys.
/// A shard is a JSON array of terms; the page keeps only those lunr's own edit automaton accepts, and finds their
/// entries in the dictionary slices. Shard s of set n is <c>f{n}/{s}.{hash}.json</c>; the manifest lists the hashes only, joined
/// into one string of <see cref="ShardFileName.HashLength"/>-character hashes in shard order.
/// </summary>
internal static class FuzzyShardWriter
{
    private const int KeysPerShard = 96;
    private const int MaxShards = 4096;

    /// <summary>The shards' hashes in shard order, and the files.</summary>
    public static (IReadOnlyList<string> Hashes, IReadOnlyList<(string Path, byte[] Bytes)> Files) Write(IReadOnlyList<TermEntry> entries, int set)
    {
        var keyed = entries.Select(e => (Entry: e, Keys: Keys(e.Term, set))).ToList();
        var keyCount = keyed.Sum(k => k.Keys.Count);
        var shardCount = 1;
        while (shardCount < MaxShards && shardCount * KeysPerShard < keyCount) shardCount *= 2;
        var shards = new SortedSet<int>[shardCount];
        for (var i = 0; i < shardCount; i++) shards[i] = [];
        for (var t = 0; t < keyed.Count; t++)
        {
            foreach (var key in keyed[t].Keys) shards[(int)(DeletionNeighbourhood.Hash(key) % (uint)shardCount)].Add(t);
        }
        var hashes = new string[shardCount];
        var files = new List<(string, byte[])>(shardCount);
        for (var s = 0; s < shardCount; s++)
        {
            var bytes = ShardJson.Bytes(shards[s].Select(t => keyed[t].Entry.Term).ToList());
            hashes[s] = ShardFileName.Hash(bytes);
            files.Add((ShardFileName.Named($"f{set}", s, hashes[s], "json"), bytes));
        }
        return (hashes, files);
    }

    /// <summary>
    /// The longest term filed for similar words: the keys grow with the square of a term's length (their text with
    /// the cube), so one 2,000-character "word" would otherwise make gigabytes. The page looks no longer word up.
    /// </summary>
    public const int MaxTermLength = 32;

    private static IReadOnlyCollection<string> Keys(string term, int set) => term.Length > MaxTermLength ? [] : set == 1
        ? new HashSet<string>(DeletionNeighbourhood.Deletions(term, 1).Append(term), StringComparer.Ordinal)
        : [.. DeletionNeighbourhood.Deletions(term, 2)];
}
