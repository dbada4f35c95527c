namespace ResourceGen.Content;

/// <summary>Where a symbolic link really leads, and whether a build may read through it.</summary>
internal static class SiteLinks
{
    // As many links as the Linux kernel follows in one path before it gives up (ELOOP).
    private const int MostLinks = 40;

    /// <summary>Null when <paramref name="link"/> may be followed; else why not, as the end of a sentence naming it.</summary>
    public static string? Refusal(FileSystemInfo link, string siteReal)
    {
        var real = RealPath(link.FullName);
        if (real is null) return "leads to nothing, or round in a loop of links; remove it, or point it at a file inside the site";
        if (!Inside(real, siteReal)) return "points outside the site folder, so nothing is read through it; copy what it points to into the site instead";
        if (Inside(real, Path.Combine(siteReal, ".git"))) return "points into the site's .git folder, which no page may show; remove it";
        return null;
    }

    /// <summary>The path with every symbolic link along it resolved; null when a link leads nowhere or loops.</summary>
    public static string? RealPath(string path)
    {
        var links = 0;
        return RealPath(Path.GetFullPath(path), ref links);
    }

    private static string? RealPath(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MostLinks) return null;
                var resolved = RealPath(Path.GetFullPath(target, current), ref links);
                if (resolved is null) return null;
                next = resolved;
            }
            current = next;
        }
        return File.Exists(current) || Directory.Exists(current) ? current : null;
    }

    private static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
