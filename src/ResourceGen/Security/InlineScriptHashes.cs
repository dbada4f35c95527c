using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;

namespace ResourceGen.Security;

/// <summary>
/// Allows the inline scripts of a piece of markup (a comment provider's <c>var remark_config = {...}</c>) by their
/// SHA-256 hash, so a page runs exactly those and no other inline script.
/// </summary>
internal static class InlineScriptHashes
{
    /// <summary>A <c>script-src 'sha256-…'</c> source for each inline script of <paramref name="html"/>.</summary>
    public static IReadOnlyList<PolicySource> Find(string html)
    {
        if (!html.Contains("<script", StringComparison.OrdinalIgnoreCase)) return [];
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        return document.QuerySelectorAll("script:not([src])")
            .Where(script => script.GetAttribute("type") is null or "" or "text/javascript" or "module")
            .Select(script => new PolicySource("script-src", $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.TextContent)))}'"))
            .Distinct()
            .ToList();
    }
}
