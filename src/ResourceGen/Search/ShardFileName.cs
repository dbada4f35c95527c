using System.Security.Cryptography;

namespace ResourceGen.Search;

/// <summary>
/// Names of sharded-index files: <c>search/{kind}/{number}.{hash}.{extension}</c>. The number keeps names unique;
/// the content hash changes with the bytes, so the files can be cached forever.
/// </summary>
internal static class ShardFileName
{
    public const string Folder = "search/";

    public static string For(string kind, int number, ReadOnlySpan<byte> content, string extension) =>
        $"{kind}/{number}.{Hash(content, 4)}.{extension}";

    /// <summary>The first <paramref name="bytes"/> bytes of the SHA-256 of <paramref name="content"/>, in lowercase hex.</summary>
    public static string Hash(ReadOnlySpan<byte> content, int bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(content)[..bytes]);
}
