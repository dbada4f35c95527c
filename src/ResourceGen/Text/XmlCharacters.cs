using System.Text;
using System.Xml;

namespace ResourceGen.Text;

/// <summary>Makes text safe to write into XML (feeds, sitemaps), which forbids most control characters.</summary>
internal static class XmlCharacters
{
    /// <summary>Drops the characters XML 1.0 cannot hold (a form feed pasted into a title, say); other text is unchanged.</summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }
}
