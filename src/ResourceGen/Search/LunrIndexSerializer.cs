using System.Runtime.CompilerServices;
using System.Text;

namespace ResourceGen.Search;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the JSON <c>JSON.stringify(idx)</c> gives for the same index in lunr 2.3.9:
/// the same keys, order, number format and string escaping, byte for byte.
/// </summary>
/// <remarks>
/// Refs that are array indexes ("0", "10", as base-36 refs often are) are written before the others in ascending
/// numeric order inside each posting, as JavaScript orders object keys. Chunks of the output are written in
/// parallel and joined in order.
/// </remarks>
internal static class LunrIndexSerializer
{
    private const int ChunkSize = 2048;

    /// <summary>The index as UTF-8 JSON without a byte order mark.</summary>
    public static byte[] Serialize(LunrIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var fields = Array.ConvertAll([.. index.Fields], EncodeContent);
        var refs = Array.ConvertAll([.. index.DocumentRefs], EncodeContent);
        var keyOrder = new RefKeyOrder(index.DocumentRefs);

        var head = new LunrJsonWriter();
        head.Raw("{\"version\":"u8);
        head.String(index.Version);
        head.Raw(",\"fields\":"u8);
        StringArray(head, index.Fields);
        head.Raw(",\"fieldVectors\":["u8);
        var tail = new LunrJsonWriter();
        tail.Raw("],\"pipeline\":"u8);
        StringArray(tail, index.Pipeline);
        tail.Raw('}');

        var vectorChunks = (index.FieldVectors.Count + ChunkSize - 1) / ChunkSize;
        var postingChunks = (index.InvertedIndex.Count + ChunkSize - 1) / ChunkSize;
        var chunks = new LunrJsonWriter[vectorChunks + postingChunks];
        Parallel.For(0, chunks.Length, c =>
        {
            var json = new LunrJsonWriter(EstimateChunk(index, c, vectorChunks, fields, refs));
            if (c < vectorChunks)
            {
                var end = Math.Min(index.FieldVectors.Count, (c + 1) * ChunkSize);
                for (var v = c * ChunkSize; v < end; v++)
                {
                    if (v > 0) json.Raw(',');
                    FieldVector(json, index.FieldVectors[v], fields, refs);
                }
            }
            else
            {
                var start = (c - vectorChunks) * ChunkSize;
                var end = Math.Min(index.InvertedIndex.Count, start + ChunkSize);
                for (var p = start; p < end; p++)
                {
                    if (p > 0) json.Raw(',');
                    Posting(json, index.InvertedIndex[p], fields, refs, keyOrder);
                }
            }
            chunks[c] = json;
        });
        var middle = new LunrJsonWriter();
        middle.Raw("],\"invertedIndex\":["u8);

        LunrJsonWriter[] parts = [head, .. chunks[..vectorChunks], middle, .. chunks[vectorChunks..], tail];
        var size = 0L;
        foreach (var part in parts) size += part.Written.Length;
        var bytes = new byte[size];
        var offset = 0;
        foreach (var part in parts)
        {
            part.Written.CopyTo(bytes.AsSpan(offset));
            offset += part.Written.Length;
        }
        return bytes;
    }

    /// <summary>The index as a JSON string.</summary>
    public static string SerializeToString(LunrIndex index) => Encoding.UTF8.GetString(Serialize(index));

    // A site build runs this hot loop once per process: tiered JIT would run most of it unoptimized.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FieldVector(LunrJsonWriter json, LunrFieldVector vector, byte[][] fields, byte[][] refs)
    {
        json.Raw("[\""u8);
        json.Raw(fields[vector.FieldIndex]);
        json.Raw('/');
        json.Raw(refs[vector.DocumentIndex]);
        json.Raw("\",["u8);
        var indexes = vector.TermIndexArray;
        var weights = vector.WeightArray;
        for (var k = 0; k < indexes.Length; k++)
        {
            if (k > 0) json.Raw(',');
            json.Number(indexes[k]);
            json.Raw(',');
            // -0 is impossible with positive boosts; JSON.stringify would print it as 0 anyway.
            json.Number(weights[k] + 0.0);
        }
        json.Raw("]]"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Posting(LunrJsonWriter json, LunrPosting posting, byte[][] fields, byte[][] refs, RefKeyOrder keyOrder)
    {
        json.Raw('[');
        json.String(posting.Term);
        json.Raw(",{\"_index\":"u8);
        json.Number(posting.TermIndex);
        for (var f = 0; f < fields.Length; f++)
        {
            json.Raw(",\""u8);
            json.Raw(fields[f]);
            json.Raw("\":{"u8);
            var documents = keyOrder.Apply(posting.DocumentArrays[f]);
            for (var d = 0; d < documents.Length; d++)
            {
                json.Raw(d > 0 ? ",\""u8 : "\""u8);
                json.Raw(refs[documents[d]]);
                json.Raw("\":{}"u8);
            }
            json.Raw('}');
        }
        json.Raw("}]"u8);
    }

    private static void StringArray(LunrJsonWriter json, IReadOnlyList<string> values)
    {
        json.Raw('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) json.Raw(',');
            json.String(values[i]);
        }
        json.Raw(']');
    }

    // A close upper estimate of a chunk's size spares the writer most of its buffer copies.
    private static int EstimateChunk(LunrIndex index, int chunk, int vectorChunks, byte[][] fields, byte[][] refs)
    {
        long size = 1024;
        if (chunk < vectorChunks)
        {
            var end = Math.Min(index.FieldVectors.Count, (chunk + 1) * ChunkSize);
            for (var v = chunk * ChunkSize; v < end; v++)
            {
                var vector = index.FieldVectors[v];
                size += 8 + fields[vector.FieldIndex].Length + refs[vector.DocumentIndex].Length + vector.TermIndexArray.Length * 14L;
            }
        }
        else
        {
            var start = (chunk - vectorChunks) * ChunkSize;
            var end = Math.Min(index.InvertedIndex.Count, start + ChunkSize);
            for (var p = start; p < end; p++)
            {
                var posting = index.InvertedIndex[p];
                size += 24 + posting.Term.Length * 6L;
                for (var f = 0; f < fields.Length; f++)
                {
                    size += 6 + fields[f].Length;
                    foreach (var d in posting.DocumentArrays[f]) size += 6 + refs[d].Length;
                }
            }
        }
        return (int)Math.Min(size, Array.MaxLength);
    }

    private static byte[] EncodeContent(string value) => LunrJsonWriter.EncodeString(value)[1..^1];
}
