namespace ResourceGen.Search;

/// <summary>
/// Turns the field vectors into one postings record per term, and packs neighbouring records into files of about
/// <see cref="PackSize"/> bytes. A record holds, for each field in index order: the number of documents, their
/// numbers as gaps, then each document's weight for the term in thousandths (lunr rounds weights to 3 decimals),
/// all as <see cref="Varint"/>s. With the weights in the postings, no query needs lunr's <c>fieldVectors</c>.
/// </summary>
internal static class PostingsPacker
{
    public const int PackSize = 4096;

    public static (IReadOnlyList<TermEntry> Entries, IReadOnlyList<(string Path, byte[] Bytes)> Files) Pack(LunrIndex index)
    {
        var records = Records(index);
        var entries = new TermEntry[index.InvertedIndex.Count];
        var files = new List<(string, byte[])>();
        var pack = new List<byte>();
        var members = new List<(int Term, int Offset, int Length)>();
        void Close()
        {
            if (pack.Count == 0) return;
            var bytes = pack.ToArray();
            var name = ShardFileName.For("p", files.Count, bytes, "bin");
            foreach (var (term, offset, length) in members)
                entries[term] = new TermEntry(index.InvertedIndex[term].Term, index.InvertedIndex[term].TermIndex, name, offset, length);
            files.Add((name, bytes));
            pack.Clear();
            members.Clear();
        }
        for (var t = 0; t < records.Length; t++)
        {
            if (pack.Count > 0 && pack.Count + records[t].Count > PackSize) Close();
            members.Add((t, pack.Count, records[t].Count));
            pack.AddRange(records[t]);
        }
        Close();
        return (entries, files);
    }

    private static List<byte>[] Records(LunrIndex index)
    {
        var fieldCount = index.Fields.Count;
        var byTermIndex = new int[index.InvertedIndex.Count];
        for (var t = 0; t < byTermIndex.Length; t++) byTermIndex[index.InvertedIndex[t].TermIndex] = t;
        var docs = new List<int>[byTermIndex.Length * fieldCount];
        var weights = new List<int>[docs.Length];
        foreach (var vector in index.FieldVectors)
        {
            for (var i = 0; i < vector.TermIndexArray.Length; i++)
            {
                var slot = byTermIndex[vector.TermIndexArray[i]] * fieldCount + vector.FieldIndex;
                (docs[slot] ??= []).Add(vector.DocumentIndex);
                (weights[slot] ??= []).Add((int)Math.Round(vector.WeightArray[i] * 1000, MidpointRounding.AwayFromZero));
            }
        }
        var records = new List<byte>[byTermIndex.Length];
        for (var t = 0; t < records.Length; t++)
        {
            var record = records[t] = [];
            for (var f = 0; f < fieldCount; f++)
            {
                var slot = t * fieldCount + f;
                var fieldDocs = docs[slot] ?? [];
                Varint.Write(record, fieldDocs.Count);
                var previous = 0;
                foreach (var doc in fieldDocs)
                {
                    Varint.Write(record, doc - previous);
                    previous = doc;
                }
                foreach (var weight in weights[slot] ?? []) Varint.Write(record, weight);
            }
        }
        return records;
    }
}
