using System.Text;

namespace ResourceGen.Text;

/// <summary>Turns titles, file names and tags into URL slugs: lowercase, ASCII-folded, punctuation to '-'.</summary>
internal static class Slugifier
{
    /// <summary>Returns the slug of <paramref name="text"/>, e.g. "Fine Motor (Home)" → "fine-motor-home".</summary>
    public static string Slugify(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                builder.Append(c);
                pendingDash = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                builder.Append((char)(c + 32));
                pendingDash = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingDash = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="slug"/> is already a valid slug (<c>[a-z0-9-]+</c>).</summary>
    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (LatinFoldTable.Map.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
                continue;
            }
            builder.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'ø' => "o",
                'Ø' => "O",
                'œ' => "oe",
                'Œ' => "OE",
                'ł' => "l",
                'Ł' => "L",
                'đ' => "d",
                'Đ' => "D",
                '&' => " and ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
