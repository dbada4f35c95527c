namespace ResourceGen.Content;

/// <summary>Lists the files of one folder of a site, the only place the build enumerates the disk.</summary>
internal static class SiteFolder
{
    /// <summary>Every file under <paramref name="folder"/> (relative to <paramref name="siteRoot"/>), as site-relative paths with '/', in ordinal order.</summary>
    public static IReadOnlyList<string> List(string siteRoot, string folder)
    {
        var root = Path.Combine(siteRoot, folder);
        if (!Directory.Exists(root)) return [];
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(siteRoot, path).Replace('\\', '/'))
            .ToList();
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
