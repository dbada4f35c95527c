using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>Maps each source file to its site path and reports two files that would share a URL.</summary>
internal static class UrlMap
{
    /// <summary>Site path by source path (<c>content/articles/a.md</c> → <c>/articles/a/</c>).</summary>
    public static IReadOnlyDictionary<string, string> Build(IReadOnlyList<PageAddress> pages, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (owners.TryGetValue(page.SitePath, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, page.SourcePath, page.SlugLine, 1,
                    $"this page's URL {page.SitePath} is already used by {first}; rename one file or give it a different 'slug'");
                continue;
            }
            owners[page.SitePath] = page.SourcePath;
            urls[page.SourcePath] = page.SitePath;
        }
        return urls;
    }
}
