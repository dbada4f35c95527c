namespace ResourceGen.Tests.Robustness;

/// <summary>Bad encodings, bad links and images in the body, and problems that involve more than one file.</summary>
public static partial class BadInputCases
{
    private const string Links = "content/articles/links.md";

    /// <summary>An article whose body, from file line 5, is <paramref name="body"/>.</summary>
    private static string LinksWith(string body) => "---\ntitle: Links\ndate: 2026-03-01\n---\n" + body;

    private static byte[] Bom => [0xEF, 0xBB, 0xBF];

    private static IEnumerable<BadInput> EncodingCases() =>
    [
        // RG0111: columns count characters, so 'é' (two bytes) is one column.
        Bytes("RG0111: a bad byte on line 5 after a two-byte letter", Article,
            Join("---\ntitle: First\ndate: 2026-01-01\n---\nCafé ok ", (byte)0xFF, " done\n"), "RG0111", 5, 9, "byte 0xFF"),
        Bytes("RG0111: a Latin-1 letter in the front matter after a byte order mark", Article,
            Join(Bom, "---\ntitle: Caf", (byte)0xE9, "\ndate: 2026-01-01\n---\n"), "RG0111", 2, 11, "byte 0xE9"),
        Bytes("RG0111: a multi-byte letter cut off at the end of the file", Article,
            Join("---\ntitle: First\ndate: 2026-01-01\n---\nText ", (byte)0xE2, (byte)0x80), "RG0111", 5, 6, "byte 0xE2"),
        Bytes("RG0111: an overlong encoding in a CRLF file", Article,
            Join("---\r\ntitle: First\r\ndate: 2026-01-01\r\n---\r\nOK ", (byte)0xC0, (byte)0xAF, "\r\n"), "RG0111", 5, 4, "byte 0xC0"),
        // The decoder ends a line at a lone CR, so the position must count it too.
        Bytes("RG0111: a bad byte in a file with old Mac (CR) line endings", Article,
            Join("---\rtitle: First\rdate: 2026-01-01\r---\rOK ", (byte)0xFF, "\r"), "RG0111", 5, 4, "byte 0xFF"),
        Bytes("RG0111: a file saved as UTF-16", Article,
            [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("---\ntitle: First\n---\n")], "RG0111", 1, 1, "byte 0xFF"),
    ];

    // Link texts avoid "[x]": inside a list item Markdig reads it as a task-list checkbox, not a link.
    private static IEnumerable<BadInput> BodyCases() =>
    [
        Case("RG0301: a link to a missing page", Links, LinksWith("See [the page](missing.md).\n"), "RG0301", 5, 5,
            "content/articles/missing.md does not exist"),
        Case("RG0301: a link to a draft page", Links, LinksWith("See [soon](draft.md).\n"), "RG0301", 5, 5, "is a draft"),
        Case("RG0301: a link on the third body line", Links, LinksWith("Intro.\n\nSee [it](../articles/nope.md).\n"), "RG0301", 7, 5),
        Case("RG0301: a link in a nested list item", Links, LinksWith("- Item\n  - See [the list](../checklists/nope.md)\n"), "RG0301", 6, 9),
        Case("RG0301: a link in a block quote", Links, LinksWith("> See [it](nope.md)\n"), "RG0301", 5, 7),
        Bytes("RG0301: a link in a BOM and CRLF file", Links,
            Join(Bom, "---\r\ntitle: Links\r\ndate: 2026-03-01\r\n---\r\nSee [it](nope.md).\r\n"), "RG0301", 5, 5),
        Case("RG0302: a missing image", Links, LinksWith("![A photo](nope.png)\n"), "RG0302", 5, 1, "nope.png"),
        Case("RG0302: a link to a missing PDF", Links, LinksWith("Print [the sheet](sheet.pdf).\n"), "RG0302", 5, 7, "sheet.pdf"),
        Case("RG0303: a missing anchor on another page", Links, LinksWith("See [it](../activities/game.md#nope).\n"), "RG0303", 5, 5, "#how-to-play"),
        Case("RG0303: a missing anchor on the same page", Links, LinksWith("Jump to [it](#missing).\n\n## Here\n"), "RG0303", 5, 9, "this page"),
        Case("RG0304: a link to a tag page that does not exist", Links, LinksWith("See [tags](/tags/nope/).\n"), "RG0304", 5, 5, "/tags/nope/"),
        Case("RG0305: an image without alt text", Links, LinksWith("![](img.png)\n"), "RG0305", 5, 1, "no alternative text"),
        Case("RG0305: an image without alt text inside a sentence", Links, LinksWith("Look: ![](img.png)\n"), "RG0305", 5, 7),
    ];

    private static IEnumerable<BadInput> SiteWideCases() =>
    [
        // The new file sorts before the page it clashes with, so the first error is the one on the new file.
        Case("RG0109: two pages with the same series part", "content/articles/a-second.md",
            "---\ntitle: Second\ndate: 2026-01-02\nseries: Getting started\npart: 1\n---\nText.\n", "RG0109", 5, 1, "has part 1 twice: here and in content/articles/first.md"),
        Case("RG0109: a series with parts 1 and 3", "content/articles/third.md",
            "---\ntitle: Third\ndate: 2026-01-03\nseries: Getting started\npart: 3\n---\nText.\n", "RG0109", 5, 1, "has no part 2"),
        Case("RG0113: a file in content/misc without a type", "content/misc/note.md",
            "---\ntitle: Note\n---\nText.\n", "RG0113", 1, 1, "cannot tell the content type"),
        Case("RG0113: a file directly in content without a type", "content/note.md",
            "---\ntitle: Note\n---\nText.\n", "RG0113", 1, 1, "cannot tell the content type"),
        Case("RG0114: a 2 KiB file over a 1 KiB limit", "content/articles/big.md",
            LinksWith(new string('x', 2048) + "\n"), "RG0114", 1, 1, "over the limit of 1 KiB"),
        Case("RG0115: a tag outside the vocabulary", Article, ArticleWith("tags: [play, plays]\n"), "RG0115", 4, 14, "(did you mean 'play'?)"),
        Case("RG0116: a checklist of plain text", Checklist, "---\ntitle: List\n---\nJust some text.\n", "RG0116", 4, 1, "no items"),
        Case("RG0116: a checklist with a plain list", Checklist, "---\ntitle: List\n---\n\n* Pack a snack\n", "RG0116", 4, 1),
        Case("RG0201: a slug already used by another page", "content/articles/another.md",
            "---\ntitle: Other\ndate: 2026-01-03\nslug: first\n---\nText.\n", "RG0201", 4, 1, "is also the URL of content/articles/first.md"),
    ];
}
