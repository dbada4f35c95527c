using ResourceGen.Configuration;
using ResourceGen.Diagnostics;

namespace ResourceGen.Markdown;

/// <summary>
/// Resolves links written in content files: a relative path to a <c>.md</c> file becomes that page's URL,
/// a relative path to another file under <c>content/</c> becomes the URL it is copied to, and a site path
/// (<c>/tags/</c>) gets the base path. Anything that does not exist is reported.
/// </summary>
/// <param name="config">For the base path.</param>
/// <param name="pageUrls">Site path of every built page, by source path (<c>content/articles/a.md</c> → <c>/articles/a/</c>).</param>
/// <param name="skippedPages">Source paths of pages left out of this build (drafts), for a clearer message.</param>
/// <param name="resources">Source paths of the non-Markdown files under <c>content/</c>.</param>
/// <param name="diagnostics">Where broken links go.</param>
public sealed class ContentLinkResolver(
    SiteConfig config,
    IReadOnlyDictionary<string, string> pageUrls,
    IReadOnlySet<string> skippedPages,
    IReadOnlySet<string> resources,
    DiagnosticBag diagnostics) : ILinkResolver
{
    /// <inheritdoc />
    public string? Resolve(string sourcePath, string url, int line, int column)
    {
        if (url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url)) return null;
        if (url.StartsWith('/')) return config.RelativeUrl(url);

        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var suffix = cut < 0 ? "" : url[cut..];
        var target = Combine(sourcePath, path);

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (target is not null && pageUrls.TryGetValue(target, out var pageUrl)) return config.RelativeUrl(pageUrl) + suffix;
            var why = target is not null && skippedPages.Contains(target)
                ? $"links to '{url}', which is a draft and is not published; publish it or remove the link"
                : $"links to '{url}', but {target ?? path} does not exist; check the file name (links are relative to this file)";
            diagnostics.Error(DiagnosticCodes.BrokenContentLink, sourcePath, line, column, why);
            return null;
        }

        if (target is not null && resources.Contains(target))
            return config.RelativeUrl(target[(target.IndexOf('/') + 1)..]) + suffix;
        diagnostics.Error(DiagnosticCodes.BrokenFileLink, sourcePath, line, column,
            $"links to '{url}', but {target ?? path} does not exist; put the file next to the page or fix the path");
        return null;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    /// <summary>The site-relative path of <paramref name="relative"/> seen from <paramref name="sourcePath"/>'s folder, or null if it leaves the site.</summary>
    private static string? Combine(string sourcePath, string relative)
    {
        var parts = new List<string>(sourcePath.Split('/')[..^1]);
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
