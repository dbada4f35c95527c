using System.Globalization;
using System.Text;
using System.Xml;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Text;

namespace ResourceGen.Generation;

/// <summary>The Atom feed <c>/feed.xml</c>: the newest dated resources, newest first.</summary>
internal sealed class AtomFeedGenerator : IOutputGenerator
{
    /// <summary>The feed's site path.</summary>
    public const string SitePath = "/feed.xml";

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var site = context.Site;
        var config = site.Config;
        var entries = site.Pages.Where(p => p.Date is not null).Take(config.FeedLimit).ToList();

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            // Links inside entry content are site paths (/library/articles/x/); xml:base lets feed readers resolve them.
            xml.WriteAttributeString("xml", "base", null, config.BaseUrl);
            xml.WriteElementString("title", XmlCharacters.Clean(config.Title));
            if (config.Description.Length > 0) xml.WriteElementString("subtitle", XmlCharacters.Clean(config.Description));
            Link(xml, config.AbsoluteUrl(config.LocalPath(SitePath)), "self");
            Link(xml, config.AbsoluteUrl(config.LocalPath("/")), "alternate");
            xml.WriteElementString("id", config.AbsoluteUrl(config.LocalPath("/")));
            xml.WriteElementString("updated", Timestamp(entries.Select(e => e.LastModified).Max()));
            if (config.Author.Length > 0) Author(xml, config.Author);
            foreach (var page in entries) Entry(xml, page);
            xml.WriteEndElement();
        }
        yield return new OutputFile(config.LocalPath(SitePath).TrimStart('/'), stream.ToArray());
    }

    private static void Entry(XmlWriter xml, Page page)
    {
        xml.WriteStartElement("entry");
        xml.WriteElementString("title", XmlCharacters.Clean(page.Title));
        Link(xml, page.Permalink, "alternate");
        xml.WriteElementString("id", page.Permalink);
        xml.WriteElementString("published", Timestamp(page.Date));
        xml.WriteElementString("updated", Timestamp(page.LastModified));
        foreach (var author in page.Authors) Author(xml, author);
        foreach (var tag in page.Tags)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", tag.Slug);
            xml.WriteAttributeString("label", XmlCharacters.Clean(tag.Name));
            xml.WriteEndElement();
        }
        xml.WriteElementString("summary", XmlCharacters.Clean(page.Summary));
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlCharacters.Clean(page.Content.Value));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author");
        xml.WriteElementString("name", XmlCharacters.Clean(name));
        xml.WriteEndElement();
    }

    // Dates have no time of day; midnight UTC keeps the feed the same on every machine.
    private static string Timestamp(DateOnly? date) =>
        (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
