using System.Security.Cryptography;

namespace ResourceGen.Search;

/// <summary>
/// Names of sharded-index files: <c>search/{kind}/{number}.{hash}.{extension}</c>. The number keeps names unique;
/// the content hash changes with the bytes, so the files can be cached forever.
/// </summary>
internal static class ShardFileName
{
    public const string Folder = "search/";

    /// <summary>The length of a name's hash, in hex digits; the manifest joins some hashes into one string of these.</summary>
    public const int HashLength = 8;

    public static string For(string kind, int number, ReadOnlySpan<byte> content, string extension) =>
        Named(kind, number, Hash(content), extension);

    /// <summary>The name of file <paramref name="number"/> of <paramref name="kind"/>, whose content hash is <paramref name="hash"/>.</summary>
    public static string Named(string kind, int number, string hash, string extension) => $"{kind}/{number}.{hash}.{extension}";

    /// <summary>The <see cref="HashLength"/>-digit hash of <paramref name="content"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Hash(content, HashLength / 2);

    /// <summary>The first <paramref name="bytes"/> bytes of the SHA-256 of <paramref name="content"/>, in lowercase hex.</summary>
    public static string Hash(ReadOnlySpan<byte> content, int bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(content)[..bytes]);
}
