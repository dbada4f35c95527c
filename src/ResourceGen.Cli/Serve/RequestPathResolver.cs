namespace ResourceGen.Cli.Serve;

/// <summary>
/// Maps a request target to a file of the output folder, refusing anything that could leave it: <c>..</c> and
/// <c>.</c> segments, encoded dots, slashes and backslashes (<c>%2e</c>, <c>%2f</c>, <c>%5c</c>), double encoding
/// (<c>%25</c>), NUL, and hidden files. The site is served under its base path, as it will be published.
/// </summary>
public static class RequestPathResolver
{
    private static readonly string[] RefusedEncodings = ["%2e", "%2f", "%5c", "%25", "%00"];

    /// <summary>Resolves <paramref name="rawTarget"/> (the path as sent, still encoded) under <paramref name="basePath"/>.</summary>
    public static ResolvedRequest Resolve(string rawTarget, string basePath, string outputRoot)
    {
        var raw = rawTarget.Split('?', '#')[0];
        if (!raw.StartsWith('/') || raw.Contains('\\') || RefusedEncodings.Any(e => raw.Contains(e, StringComparison.OrdinalIgnoreCase)))
            return ResolvedRequest.NotFound;
        var path = Uri.UnescapeDataString(raw);
        if (path.Contains('\0') || path.Contains('\\') || path.Split('/').Any(segment => segment.StartsWith('.'))) return ResolvedRequest.NotFound;
        if (path + "/" == basePath) return new ResolvedRequest(null, basePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return ResolvedRequest.NotFound;

        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var root = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return ResolvedRequest.NotFound;
        if (File.Exists(full)) return new ResolvedRequest(full, null);
        return Directory.Exists(full) ? new ResolvedRequest(null, raw + "/") : ResolvedRequest.NotFound;
    }
}
