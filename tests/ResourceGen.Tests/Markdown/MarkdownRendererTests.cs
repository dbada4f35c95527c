using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;

namespace ResourceGen.Tests.Markdown;

public class MarkdownRendererTests
{
    private static readonly SiteConfig SubPath = new() { Title = "Lib", BaseUrl = "https://user.github.io/library/" };

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["content/articles/part-1.md"] = "/articles/part-1/",
        ["content/articles/part-2.md"] = "/articles/part-2/",
        ["content/activities/play.md"] = "/activities/play/",
    };

    private static (RenderedContent Content, IReadOnlyList<Diagnostic> Diagnostics) Render(string body, string source = "content/articles/part-1.md")
    {
        var diagnostics = new DiagnosticBag();
        var targets = new LinkTargets(Pages, new HashSet<string> { "content/articles/draft.md" }, new HashSet<string> { "content/articles/broken.md" },
            new HashSet<string> { "content/articles/img/hands.png" });
        var resolver = new ContentLinkResolver(SubPath, targets, diagnostics);
        return (new MarkdownRenderer(SubPath.Markdown).Render(source, body, 10, resolver, diagnostics), diagnostics.Sorted());
    }

    [Theory]
    [InlineData("[next](part-2.md)", "href=\"/library/articles/part-2/\"")]
    [InlineData("[play](../activities/play.md#steps)", "href=\"/library/activities/play/#steps\"")]
    [InlineData("[play](./../activities/play.md)", "href=\"/library/activities/play/\"")]
    [InlineData("[topics](/tags/)", "href=\"/library/tags/\"")]
    [InlineData("![Two hands](img/hands.png)", "src=\"/library/articles/img/hands.png\"")]
    [InlineData("[web](https://example.org/a.md)", "href=\"https://example.org/a.md\"")]
    [InlineData("[mail](mailto:a@example.org)", "href=\"mailto:a@example.org\"")]
    [InlineData("[here](#tips)", "href=\"#tips\"")]
    public void Links_to_content_files_become_page_URLs_under_the_base_path(string markdown, string expected)
    {
        var (content, diagnostics) = Render(markdown);

        Assert.Empty(diagnostics);
        Assert.Contains(expected, content.Html.Value);
    }

    [Theory]
    [InlineData("Intro.\n\nSee [x](missing.md).", "RG0301", 12, 5, "content/articles/missing.md does not exist")]
    [InlineData("See [draft](draft.md).", "RG0301", 10, 5, "is a draft")]
    [InlineData("![photo](img/nope.png)", "RG0302", 10, 1, "content/articles/img/nope.png does not exist")]
    public void A_link_to_a_missing_file_is_reported_at_its_file_line_and_column(string markdown, string code, int line, int column, string words)
    {
        var (_, diagnostics) = Render(markdown);

        var error = Assert.Single(diagnostics);
        Assert.Equal((code, "content/articles/part-1.md", line, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains(words, error.Message);
    }

    [Fact]
    public void Headings_get_ids_and_are_listed_for_the_table_of_contents()
    {
        var (content, _) = Render("# Title\n\n## Why it matters\n\ntext\n\n### A detail, here\n");

        Assert.Contains("<h2 id=\"why-it-matters\">Why it matters</h2>", content.Html.Value);
        Assert.Equal([new Heading(2, "Why it matters", "why-it-matters"), new Heading(3, "A detail, here", "a-detail-here")], content.Headings);
    }

    [Fact]
    public void Task_list_lines_become_labelled_checkboxes_keyed_by_their_text_and_listed_as_checklist_items()
    {
        var (content, _) = Render("Intro.\n\n- [ ] Pack the **bag**\n- [x] Book the session\n- plain item\n");

        Assert.Equal("""
            <p>Intro.</p>
            <ul class="contains-task-list">
            <li class="task-list-item"><label class="check"><input type="checkbox" class="check__box" data-check="d00a69fd"> <span class="check__text">Pack the <strong>bag</strong></span></label></li>
            <li class="task-list-item"><label class="check"><input type="checkbox" class="check__box" data-check="4197805b" checked> <span class="check__text">Book the session</span></label></li>
            <li>plain item</li>
            </ul>

            """, content.Html.Value);
        Assert.Equal([new ChecklistItem("Pack the bag", false, "d00a69fd"), new ChecklistItem("Book the session", true, "4197805b")], content.ChecklistItems);
    }

    [Fact]
    public void The_first_paragraph_and_word_count_come_from_the_plain_text()
    {
        var (content, _) = Render("## Heading\n\nThe *first* paragraph, with [a link](part-2.md).\n\nSecond one.\n");

        Assert.Equal("The first paragraph, with a link.", content.FirstParagraph);
        Assert.Equal(9, content.WordCount);
    }

    [Fact]
    public void Links_in_table_cells_and_footnotes_are_rewritten_and_the_footnote_ids_are_anchors()
    {
        var (content, diagnostics) = Render("| Page | Note |\n|---|---|\n| [play](../activities/play.md) | 2 |\n\nText[^1].\n\n[^1]: See [part 2](part-2.md).\n");

        Assert.Empty(diagnostics);
        Assert.Equal("""
            <table>
            <thead>
            <tr>
            <th>Page</th>
            <th>Note</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td><a href="/library/activities/play/">play</a></td>
            <td>2</td>
            </tr>
            </tbody>
            </table>
            <p>Text<a id="fnref:1" href="#fn:1" class="footnote-ref"><sup>1</sup></a>.</p>
            <div class="footnotes">
            <hr />
            <ol>
            <li id="fn:1">
            <p>See <a href="/library/articles/part-2/">part 2</a>.<a href="#fnref:1" class="footnote-back-ref">&#8617;</a></p>
            </li>
            </ol>
            </div>

            """, content.Html.Value);
        Assert.Equal(["fn:1", "fnref:1"], content.Anchors.Order(StringComparer.Ordinal));
    }
}
