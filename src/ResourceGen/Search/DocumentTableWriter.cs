namespace ResourceGen.Search;

/// <summary>
/// What facets and result cards need per document, in files of <see cref="DocumentsPerFile"/> documents. A file
/// starts with the 3-byte content hash of each of its card buckets (<see cref="CardsPerBucket"/> documents each),
/// then holds, for each document and each facet group, a bitmask of the group's values (bit v of byte v/8 set
/// when the document has value v, values in the manifest's order).
/// </summary>
internal static class DocumentTableWriter
{
    public const int DocumentsPerFile = 1024;
    public const int CardsPerBucket = 4;

    public static (IReadOnlyList<string> Tables, IReadOnlyList<(string Path, byte[] Bytes)> Files) Write(
        int documentCount, IReadOnlyList<SearchFacetGroup> groups, IReadOnlyList<IReadOnlyList<string>> values, IReadOnlyList<byte[]> cards)
    {
        var files = new List<(string, byte[])>();
        var cardHashes = new List<byte[]>();
        for (var start = 0; start < documentCount; start += CardsPerBucket)
        {
            var bucket = CardBucket(cards, start, Math.Min(documentCount, start + CardsPerBucket));
            var hash = ShardFileName.Hash(bucket, 3);
            files.Add(($"c/{start / CardsPerBucket}.{hash}.json", bucket));
            cardHashes.Add(Convert.FromHexString(hash));
        }
        var ids = values.Select(v => v.Select((value, i) => (value, i)).ToDictionary(p => p.value, p => p.i, StringComparer.Ordinal)).ToList();
        var tables = new List<string>();
        for (var start = 0; start < documentCount; start += DocumentsPerFile)
        {
            var end = Math.Min(documentCount, start + DocumentsPerFile);
            var bytes = new List<byte>();
            for (var b = start / CardsPerBucket; b < (end + CardsPerBucket - 1) / CardsPerBucket; b++) bytes.AddRange(cardHashes[b]);
            for (var doc = start; doc < end; doc++)
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    var mask = new byte[(values[g].Count + 7) / 8];
                    foreach (var value in groups[g].Values[doc]) mask[ids[g][value] / 8] |= (byte)(1 << (ids[g][value] % 8));
                    bytes.AddRange(mask);
                }
            }
            var table = bytes.ToArray();
            var name = ShardFileName.For("d", tables.Count, table, "bin");
            tables.Add(name);
            files.Add((name, table));
        }
        return (tables, files);
    }

    private static byte[] CardBucket(IReadOnlyList<byte[]> cards, int start, int end)
    {
        var bytes = new List<byte> { (byte)'[' };
        for (var doc = start; doc < end; doc++)
        {
            if (doc > start) bytes.Add((byte)',');
            bytes.AddRange(cards[doc]);
        }
        bytes.Add((byte)']');
        return [.. bytes];
    }
}
