using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;

namespace ResourceGen.Tests.Markdown;

public class ChecklistMarkupTests
{
    private static RenderedContent Render(string body, MarkdownSettings? settings = null)
    {
        var config = new SiteConfig { Title = "Lib", BaseUrl = "https://example.org/" };
        var diagnostics = new DiagnosticBag();
        var targets = new LinkTargets(new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        return new MarkdownRenderer(settings ?? config.Markdown)
            .Render("content/checklists/c.md", body, 1, new ContentLinkResolver(config, targets, diagnostics), diagnostics);
    }

    [Fact]
    public void A_task_line_becomes_a_label_around_a_checkbox_and_the_text()
    {
        var content = Render("- [ ] Pack the **bag**\n- [x] Book it\n");
        var key = content.ChecklistItems[0].Key;

        Assert.Equal(
            $"<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><label class=\"check\"><input type=\"checkbox\" class=\"check__box\" data-check=\"{key}\"> <span class=\"check__text\">Pack the <strong>bag</strong></span></label></li>\n"
            + $"<li class=\"task-list-item\"><label class=\"check\"><input type=\"checkbox\" class=\"check__box\" data-check=\"{content.ChecklistItems[1].Key}\" checked> <span class=\"check__text\">Book it</span></label></li>\n</ul>\n",
            content.Html.Value);
        Assert.DoesNotContain("disabled", content.Html.Value);
    }

    [Fact]
    public void Keys_come_from_the_text_so_adding_an_item_does_not_move_the_others()
    {
        var before = Render("- [ ] Shoes\n- [ ] Water bottle\n").ChecklistItems;
        var after = Render("- [ ] Sun hat\n- [ ] Shoes\n- [ ]   Water   bottle\n").ChecklistItems;

        Assert.Equal(before[0].Key, after[1].Key);
        Assert.Equal(before[1].Key, after[2].Key);
        Assert.NotEqual(after[0].Key, after[1].Key);
        Assert.Matches("^[0-9a-f]{8}$", after[0].Key);
    }

    [Fact]
    public void Items_with_the_same_text_get_numbered_keys()
    {
        var items = Render("## Morning\n\n- [ ] Check the bag\n\n## Evening\n\n- [ ] Check the bag\n").ChecklistItems;

        Assert.Equal(items[0].Key + "-2", items[1].Key);
    }

    [Fact]
    public void The_checkboxes_survive_raw_html_sanitising()
    {
        var content = Render("<kbd>Tab</kbd>\n\n- [ ] Pack the bag\n");

        Assert.Contains($"<label class=\"check\"><input type=\"checkbox\" class=\"check__box\" data-check=\"{content.ChecklistItems[0].Key}\">", content.Html.Value);
    }

    [Fact]
    public void Steps_are_the_items_of_the_first_top_level_numbered_list()
    {
        var content = Render("Intro.\n\n- not a step\n\n1. Clear a **space**.\n2. Mark the start.\n\n   Use tape.\n\n## Tips\n\n1. Not a step either.\n");

        Assert.Equal(["Clear a space.", "Mark the start. Use tape."], content.Steps);
    }
}
