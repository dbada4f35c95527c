using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>Maps each source file to its site path and reports two files that would share a URL.</summary>
internal static class UrlMap
{
    /// <summary>Site path by source path (<c>content/articles/a.md</c> → <c>/articles/a/</c>); of two files that share a URL, the first keeps it.</summary>
    public static IReadOnlyDictionary<string, string> Build(IReadOnlyList<PageAddress> pages, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, List<PageAddress>>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (owners.TryGetValue(page.SitePath, out var sharing))
            {
                sharing.Add(page);
                continue;
            }
            owners[page.SitePath] = [page];
            urls[page.SourcePath] = page.SitePath;
        }
        // Reported on every file of a clash: in a pull request, the file that brought the clash is among them.
        foreach (var sharing in owners.Values.Where(list => list.Count > 1))
        {
            foreach (var page in sharing)
            {
                var others = string.Join(" and ", sharing.Where(p => p != page).Select(p => p.SourcePath));
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, page.SourcePath, page.SlugLine, 1,
                    $"this page's URL {page.SitePath} is also the URL of {others}; rename one of the files or give it a different 'slug'");
            }
        }
        return urls;
    }
}
