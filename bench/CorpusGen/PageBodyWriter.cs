using System.Text;

namespace ResourceGen.Bench.CorpusGen;

/// <summary>
/// Writes a body of about 600 words: paragraphs under headings, a bulleted list, a table, a numbered list (task items
/// for checklists) and links to other pages of the corpus, one of them to a heading anchor.
/// </summary>
internal sealed class PageBodyWriter(Random random)
{
    /// <summary>The heading every page has, so links can point at its anchor.</summary>
    public const string SharedHeading = "Getting started";

    /// <summary>The Markdown body of <paramref name="page"/>, linking to other pages of <paramref name="all"/>.</summary>
    public string Body(PagePlan page, IReadOnlyList<PagePlan> all)
    {
        var md = new StringBuilder();
        md.Append(Paragraph(45)).Append("\n\n");
        md.Append($"## {SharedHeading}\n\n").Append(Paragraph(70)).Append("\n\n");
        for (var i = 0; i < 5; i++) md.Append($"- {Sentence(8)}\n");
        md.Append('\n');
        md.Append("## How it works\n\n").Append(Paragraph(80));
        if (all.Count > 1)
        {
            var other = Other(page, all);
            var anchored = Other(page, all);
            md.Append($" See [{other.Title}]({other.RelativeLink}) and [where to begin]({anchored.RelativeLink}#getting-started).");
        }
        md.Append("\n\n| Step | What to do | Minutes |\n|---|---|---|\n");
        for (var i = 1; i <= 4; i++) md.Append($"| {i} | {Sentence(6)} | {random.Next(2, 20)} |\n");
        md.Append("\n### Tips\n\n");
        for (var i = 1; i <= 6; i++) md.Append(page.Type == "checklist" ? $"- [ ] {Sentence(9)}\n" : $"{i}. {Sentence(9)}\n");
        md.Append("\n## Next steps\n\n").Append(Paragraph(120)).Append("\n\n").Append(Paragraph(120)).Append('\n');
        return md.ToString();
    }

    private PagePlan Other(PagePlan page, IReadOnlyList<PagePlan> all)
    {
        var index = random.Next(all.Count - 1);
        return all[index >= page.Index ? index + 1 : index];
    }

    private string Paragraph(int words)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            var length = Math.Min(words, random.Next(8, 18));
            text.Append(Sentence(length)).Append(' ');
            words -= length;
        }
        return text.ToString().TrimEnd();
    }

    private string Sentence(int words)
    {
        var text = Vocabulary.Words(random, words);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
