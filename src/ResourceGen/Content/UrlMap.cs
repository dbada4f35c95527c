using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>Maps each source file to its site path and reports two files that would share a URL.</summary>
public static class UrlMap
{
    /// <summary>Site path by source path (<c>content/articles/a.md</c> → <c>/articles/a/</c>).</summary>
    public static IReadOnlyDictionary<string, string> Build(IReadOnlyList<ContentItem> items, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (owners.TryGetValue(item.SitePath, out var first))
            {
                var line = item.FrontMatter.KeyLines.GetValueOrDefault("slug", 1);
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, item.SourcePath, line, 1,
                    $"this page's URL {item.SitePath} is already used by {first.SourcePath}; rename one file or give it a different 'slug'");
                continue;
            }
            owners[item.SitePath] = item;
            urls[item.SourcePath] = item.SitePath;
        }
        return urls;
    }
}
