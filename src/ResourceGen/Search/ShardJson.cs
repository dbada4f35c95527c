using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResourceGen.Search;

/// <summary>JSON as the sharded index writes it: compact, with text left readable (no \u escapes for non-ASCII).</summary>
internal static class ShardJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static byte[] Terms(IEnumerable<TermEntry> entries) => Bytes(entries.Select(e => e.ToJson()).ToList());
}
