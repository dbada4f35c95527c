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

    /// <summary>A sitemap listing the pages at <paramref name="entries"/> (output paths with their dates), in path order.</summary>
    public static OutputFile Build(SiteConfig config, IEnumerable<(string Path, DateOnly? LastModified)> entries)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var file in entries.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                var sitePath = file.Path == "index.html" ? "/" : "/" + file.Path[..^"index.html".Length];
                xml.WriteElementString("loc", config.AbsoluteUrl(sitePath));
                if (file.LastModified is { } date)
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(FileName, stream.ToArray());
    }
}
