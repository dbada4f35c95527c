using ResourceGen.Diagnostics;
using ResourceGen.Markdown;
using ResourceGen.Model;
using ResourceGen.Text;

namespace ResourceGen.Validation;

/// <summary>Checks the links that could only be checked once the whole site was generated: anchors and site paths.</summary>
internal static class LinkChecker
{
    /// <summary>
    /// Reports each of <paramref name="pending"/> whose anchor is not a heading of its target page (among
    /// <paramref name="pagesBySource"/>) or whose site path is not among <paramref name="outputPaths"/>.
    /// </summary>
    public static void Check(IEnumerable<PendingLinkCheck> pending, IReadOnlyDictionary<string, Page> pagesBySource, Lazy<HashSet<string>> outputPaths, DiagnosticBag diagnostics)
    {
        foreach (var link in pending)
        {
            if (link.SitePath is { } sitePath)
            {
                if (!SitePathExists(sitePath, outputPaths.Value))
                    diagnostics.Error(DiagnosticCodes.BrokenSitePath, link.SourcePath, link.Line, link.Column,
                        $"links to '{link.Url}', but the site has no page or file at {sitePath}; link to the Markdown file with a relative path instead");
                continue;
            }
            if (link.TargetPage is null || link.Anchor is null || !pagesBySource.TryGetValue(link.TargetPage, out var target)) continue;
            if (target.Anchors.Contains(link.Anchor)) continue;
            var where = link.TargetPage == link.SourcePath ? "this page" : link.TargetPage;
            var known = target.Toc.Select(h => "#" + h.Id).ToList();
            diagnostics.Error(DiagnosticCodes.BrokenAnchor, link.SourcePath, link.Line, link.Column,
                $"links to '{link.Url}', but {where} has no heading with the anchor '#{link.Anchor}'"
                + (known.Count > 0 ? $"{SpellingSuggester.Hint("#" + link.Anchor, known)}; its anchors are {string.Join(", ", known)}" : "; it has no headings to link to"));
        }
    }

    private static bool SitePathExists(string sitePath, HashSet<string> outputPaths)
    {
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) return outputPaths.Contains(path + "index.html");
        return outputPaths.Contains(path) || outputPaths.Contains(path + "/index.html");
    }
}
