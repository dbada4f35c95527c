using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ResourceGen.Security;

namespace ResourceGen.Tests.Support;

/// <summary>Facts read back from finished HTML by parsing it, to check the facts the build recorded while rendering.</summary>
internal static class HtmlReading
{
    /// <summary>The other origins <paramref name="html"/> loads from, as a page's policy lists them.</summary>
    public static IReadOnlyList<PolicySource> EmbeddedSources(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        var origins = new EmbeddedOrigins();
        foreach (var element in document.Body!.Descendants<IElement>()) origins.Add(element);
        return origins.Sources;
    }
}
