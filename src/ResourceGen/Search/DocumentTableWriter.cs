namespace ResourceGen.Search;

/// <summary>
/// What facets and result cards need per document, in tables of <see cref="DocumentsPerFile"/> documents.
/// A table holds, for each facet group, a bitmask of the group's values per document (bit v of byte v/8 set when
/// the document has value v, values in the manifest's order), stored by column: byte 0 of every document of the
/// table, then byte 1, and so on, which compresses far better than row by row. The cards of a table's documents
/// are in buckets of <see cref="CardsPerBucket"/>, <c>c/{bucket}.{hash}.json</c>, where the hash (listed per table
/// in the manifest) covers all of that table's cards.
/// </summary>
internal static class DocumentTableWriter
{
    public const int DocumentsPerFile = 1024;
    public const int CardsPerBucket = 4;

    /// <summary>The tables' file names, the hash of each table's cards, and the files.</summary>
    public static (IReadOnlyList<string> Tables, IReadOnlyList<string> CardHashes, IReadOnlyList<(string Path, byte[] Bytes)> Files) Write(
        int documentCount, IReadOnlyList<SearchFacetGroup> groups, IReadOnlyList<IReadOnlyList<string>> values, IReadOnlyList<byte[]> cards)
    {
        var files = new List<(string, byte[])>();
        var ids = values.Select(v => v.Select((value, i) => (value, i)).ToDictionary(p => p.value, p => p.i, StringComparer.Ordinal)).ToList();
        var tables = new List<string>();
        var cardHashes = new List<string>();
        for (var start = 0; start < documentCount; start += DocumentsPerFile)
        {
            var end = Math.Min(documentCount, start + DocumentsPerFile);
            var buckets = new List<(int Number, byte[] Bytes)>();
            for (var b = start; b < end; b += CardsPerBucket) buckets.Add((b / CardsPerBucket, CardBucket(cards, b, Math.Min(end, b + CardsPerBucket))));
            var hash = ShardFileName.Hash(buckets.SelectMany(b => b.Bytes).ToArray());
            files.AddRange(buckets.Select(b => (ShardFileName.Named("c", b.Number, hash, "json"), b.Bytes)));
            cardHashes.Add(hash);

            var table = Table(groups, values, ids, start, end);
            var name = ShardFileName.For("d", tables.Count, table, "bin");
            tables.Add(name);
            files.Add((name, table));
        }
        return (tables, cardHashes, files);
    }

    private static byte[] Table(IReadOnlyList<SearchFacetGroup> groups, IReadOnlyList<IReadOnlyList<string>> values,
        List<Dictionary<string, int>> ids, int start, int end)
    {
        var bytes = new List<byte>();
        for (var g = 0; g < groups.Count; g++)
        {
            var width = (values[g].Count + 7) / 8;
            var masks = new byte[width, end - start];
            for (var doc = start; doc < end; doc++)
            {
                foreach (var value in groups[g].Values[doc]) masks[ids[g][value] / 8, doc - start] |= (byte)(1 << (ids[g][value] % 8));
            }
            for (var column = 0; column < width; column++)
                for (var row = 0; row < end - start; row++) bytes.Add(masks[column, row]);
        }
        return [.. bytes];
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
