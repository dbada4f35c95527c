using System.Collections.Concurrent;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;

namespace ResourceGen.Markdown;

/// <summary>
/// Resolves links written in content files: a relative path to a <c>.md</c> file becomes that page's URL,
/// a relative path to another file under <c>content/</c> becomes the URL it is copied to, and a site path
/// (<c>/tags/</c>) gets the base path. Missing files are reported at once; anchors and site paths are
/// queued in <see cref="Pending"/> until every page exists. Links that could run code are removed. Use one resolver
/// per page: <see cref="Consulted"/> then lists the targets that page's links depend on.
/// </summary>
/// <param name="config">For the base path and the raw-HTML setting.</param>
/// <param name="targets">What links may point to.</param>
/// <param name="diagnostics">Where broken links go.</param>
/// <param name="language">The language of the pages it resolves links for: a link to a page that has a translation in it goes to the translation.</param>
internal sealed class ContentLinkResolver(SiteConfig config, LinkTargets targets, DiagnosticBag diagnostics, string? language = null) : ILinkResolver
{
    private static readonly string[] UnsafeSchemes = ["javascript", "vbscript", "data"];

    /// <summary>Links to check after rendering.</summary>
    public ConcurrentQueue<PendingLinkCheck> Pending { get; } = new();

    /// <summary>Every source path looked up in the <see cref="LinkTargets"/>; the links resolve the same while their answers do not change.</summary>
    public HashSet<string> Consulted { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string? Resolve(string sourcePath, string url, int line, int column)
    {
        if (url.StartsWith('#'))
        {
            Pending.Enqueue(new PendingLinkCheck(sourcePath, line, column, url, sourcePath, Uri.UnescapeDataString(url[1..]), null));
            return null;
        }
        if (url.StartsWith("//", StringComparison.Ordinal)) return null;
        if (Scheme(url) is { } scheme) return CheckScheme(scheme, sourcePath, url, line, column);

        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var suffix = cut < 0 ? "" : url[cut..];
        if (url.StartsWith('/'))
        {
            Pending.Enqueue(new PendingLinkCheck(sourcePath, line, column, url, null, null, path));
            return config.RelativeUrl(url);
        }

        var target = Combine(sourcePath, path);
        Consulted.Add(target ?? path);
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return ResolvePage(sourcePath, url, target ?? path, suffix, line, column);

        if (target is not null && targets.Resources.Contains(target))
            return config.RelativeUrl(target[(target.IndexOf('/') + 1)..]) + suffix;
        diagnostics.Error(DiagnosticCodes.BrokenFileLink, sourcePath, line, column,
            $"links to '{url}', but {target ?? path} does not exist; put the file next to the page or fix the path");
        return null;
    }

    private string? ResolvePage(string sourcePath, string url, string target, string suffix, int line, int column)
    {
        if (language is not null && targets.TranslationOf(target, language) is { } translation && translation != target)
        {
            Consulted.Add(translation);
            target = translation;
        }
        if (targets.PageUrls.TryGetValue(target, out var pageUrl))
        {
            if (suffix.StartsWith('#') && suffix.Length > 1)
                Pending.Enqueue(new PendingLinkCheck(sourcePath, line, column, url, target, Uri.UnescapeDataString(suffix[1..]), null));
            return config.RelativeUrl(pageUrl) + suffix;
        }
        if (targets.Unreadable.Contains(target)) return null;
        var why = targets.Drafts.Contains(target)
            ? $"links to '{url}', which is a draft and is not published; publish it or remove the link"
            : $"links to '{url}', but {target} does not exist; check the file name (links are relative to this file)";
        diagnostics.Error(DiagnosticCodes.BrokenContentLink, sourcePath, line, column, why);
        return null;
    }

    private string? CheckScheme(string scheme, string sourcePath, string url, int line, int column)
    {
        if (config.Markdown.UnsafeHtml || !UnsafeSchemes.Contains(scheme.ToLowerInvariant())) return null;
        diagnostics.Warning(DiagnosticCodes.UnsafeLink, sourcePath, line, column,
            $"the link '{Shorten(url)}' could run code in the reader's browser and was removed; link to an https:// address instead");
        return "";
    }

    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0 ? url[..colon].Trim() : null;
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..40] + "...";

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
