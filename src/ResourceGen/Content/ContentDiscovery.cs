namespace ResourceGen.Content;

/// <summary>What <see cref="ContentDiscovery"/> found: pages to build and other files (images, PDFs) to copy.</summary>
/// <param name="Pages">Markdown files, sorted by path.</param>
/// <param name="Resources">Other files under <c>content/</c>, sorted by path.</param>
public sealed record DiscoveredContent(IReadOnlyList<SourceFile> Pages, IReadOnlyList<SourceFile> Resources);

/// <summary>Finds the files under <c>content/</c>; names starting with '.' or '_' are skipped.</summary>
public static class ContentDiscovery
{
    /// <summary>The folder, under the site folder, that holds the content.</summary>
    public const string ContentFolder = "content";

    /// <summary>Lists pages and resources under <paramref name="siteRoot"/>/content, in ordinal path order.</summary>
    public static DiscoveredContent Discover(string siteRoot)
    {
        var contentRoot = Path.Combine(siteRoot, ContentFolder);
        if (!Directory.Exists(contentRoot)) return new DiscoveredContent([], []);

        var pages = new List<SourceFile>();
        var resources = new List<SourceFile>();
        foreach (var fullPath in Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(siteRoot, fullPath).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith('_'))) continue;
            var file = new SourceFile(relative, fullPath);
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) pages.Add(file);
            else resources.Add(file);
        }
        pages.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        resources.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new DiscoveredContent(pages, resources);
    }
}
