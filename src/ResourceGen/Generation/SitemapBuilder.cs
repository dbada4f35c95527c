using System.Globalization;
using System.Text;
using System.Xml;
using ResourceGen.Configuration;
using ResourceGen.Output;

namespace ResourceGen.Generation;

/// <summary>Builds <c>/sitemap.xml</c> from the pages the other generators made.</summary>
internal static class SitemapBuilder
{
    /// <summary>The sitemap's path in the output folder.</summary>
    public const string FileName = "sitemap.xml";

    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// A sitemap listing the pages at <paramref name="entries"/> (output paths with their dates), in path order; in a
    /// site with more than one language, each with <c>xhtml:link</c> alternates to its translations and <c>x-default</c>.
    /// </summary>
    public static OutputFile Build(SiteConfig config, IEnumerable<(string Path, DateOnly? LastModified)> entries, LanguageLinks languages)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            if (config.Multilingual) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var file in entries.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                var sitePath = file.Path == "index.html" ? "/" : "/" + file.Path[..^"index.html".Length];
                xml.WriteElementString("loc", config.AbsoluteUrl(sitePath));
                if (file.LastModified is { } date)
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                var alternates = languages.For(sitePath, languages.LanguageOf(sitePath)).Where(l => l.Exists).ToList();
                if (alternates.Count > 1)
                {
                    foreach (var link in alternates) Alternate(xml, link.Code, link.Permalink);
                    if (alternates[0].Code == config.Language) Alternate(xml, "x-default", alternates[0].Permalink);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(FileName, stream.ToArray());
    }

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
