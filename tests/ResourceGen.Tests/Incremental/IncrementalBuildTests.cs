using ResourceGen.Generation;
using ResourceGen.Incremental;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Incremental;

public sealed class IncrementalBuildTests : IDisposable
{
    private const string Article = "content/articles/why-practice-at-home.md";
    private const string Deleted = "content/articles/preparing-for-your-first-ot-assessment.md";
    private static readonly string[] LinksToDeleted = ["content/checklists/questions-to-ask-at-an-ot-session.md", "content/checklists/questions-to-ask-at-an-ot-session.es.md"];
    private const string Translation = "content/articles/why-practice-at-home.es.md";
    private const string Linked = "content/checklists/weekly-home-practice-routine.md";
    private const string LinkedByAnchor = "content/articles/finding-time-for-home-practice.md";
    private const string LinkedHeading = "## Start with the routines you already have";

    private readonly SiteFixture _site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
    private readonly string _output;
    private readonly IncrementalSiteBuilder _builder;

    public IncrementalBuildTests()
    {
        _output = Path.Combine(_site.Root, "_site");
        _builder = new IncrementalSiteBuilder(new BuildOptions(_site.Root));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Output_after_each_edit_equals_a_full_build_of_the_same_files()
    {
        Rebuild("first build");
        Edit(Article, text => text.Replace("  - gross-motor\n", "  - gross-motor\n  - routines\n", StringComparison.Ordinal), "add a tag");
        Edit(Article, text => text.Replace("  - play\n", "", StringComparison.Ordinal), "remove a tag");
        Edit(Article, text => text + "\nOne more paragraph about practice at home.\n", "edit the body");
        Edit(Article, text => text.Replace("title: \"Why practise at home?", "title: \"Why practice at home?", StringComparison.Ordinal), "rename the title");
        Edit(Article, text => text.Replace("date: 2026-", "date: 2025-", StringComparison.Ordinal), "move the date");
        DeleteWithItsLinks(Deleted, LinksToDeleted, "delete a page");
        Add("content/articles/a-new-page.md", "---\ntitle: A new page\ndate: 2026-06-01\ntags: [play]\naudience: [parents]\n---\nIt links to [the routine](../checklists/weekly-home-practice-routine.md).\n", "add a page");
        Edit("data/comments/why-practice-at-home/2026-03-10-tom.yml", text => text.Replace("Thanks for asking, Rachel", "Thank you for asking, Rachel", StringComparison.Ordinal), "edit a comment");
        Edit(Linked, text => text.Replace("- [ ] ", "- [ ] First, ", StringComparison.Ordinal), "edit a checklist item");
        Edit("content/activities/fine-motor-play-at-home.md", text => text.Replace("  - grasp\n", "  - grasp\n  - pinch\n", StringComparison.Ordinal), "add a skill");
        Edit("site.yml", text => text.Replace("page_size: 12", "page_size: 2", StringComparison.Ordinal), "paginate lists");
        Edit("templates/partials/card.html", text => text.Replace("card__summary", "card__summary card__summary--new", StringComparison.Ordinal), "edit a template");
        Edit("templates/assets/site.css", text => text + "\n.card { outline: 0; }\n", "edit a stylesheet");
        Edit("site.yml", text => text.Replace("title: Between Sessions", "title: Between Sessions (preview)", StringComparison.Ordinal), "edit site.yml");
    }

    [Fact]
    public void A_failed_rebuild_writes_nothing_and_reports_what_a_full_build_reports()
    {
        Rebuild("first build");
        var before = SiteFixture.Snapshot(_output);
        var text = _site.Read(Linked);
        File.Delete(Path.Combine(_site.Root, Linked));

        var failed = _builder.Rebuild([Linked]);

        Assert.False(failed.Build.Succeeded);
        Assert.Empty(failed.Written);
        Assert.Equal(OutputComparison.FullBuildProblems(_site.Root), failed.Build.Diagnostics.Select(d => d.ToString()).ToList());
        Assert.Equal(before.Keys, SiteFixture.Snapshot(_output).Keys);

        _site.Write(Linked, text);
        Rebuild("restore the page", Linked);
    }

    [Fact]
    public void A_body_edit_renders_only_the_pages_that_show_the_body()
    {
        Rebuild("first build");
        var edited = _builder.Rebuild(Touch(Article, text => text + "\nA sentence that changes no summary.\n"));

        Assert.True(edited.Build.Succeeded);
        Assert.Equal(1, edited.PagesRendered);
        Assert.Contains("articles/why-practice-at-home/index.html", edited.Written);
        OutputComparison.AssertSameAsFullBuild(_site.Root, _output, step: "body edit");
    }

    [Fact]
    public void Deferred_outputs_are_written_after_the_pages_and_then_equal_a_full_build()
    {
        var builder = new IncrementalSiteBuilder(new BuildOptions(_site.Root), deferSlowOutputs: true);
        Assert.True(builder.Rebuild([]).Build.Succeeded);
        Assert.Empty(builder.CompleteDeferred());

        var pages = builder.Rebuild(Touch(Article, text => text + "\nZyzzyva is a word only this page has.\n"));
        Assert.Contains("articles/why-practice-at-home/index.html", pages.Written);
        Assert.DoesNotContain(SearchIndexGenerator.IndexPath, pages.Written);

        Assert.Contains(SearchIndexGenerator.IndexPath, builder.CompleteDeferred());
        OutputComparison.AssertSameAsFullBuild(_site.Root, _output, step: "deferred search index");
    }

    [Fact]
    public void An_unchanged_rebuild_writes_no_file()
    {
        Rebuild("first build");
        var again = _builder.Rebuild([]);

        Assert.True(again.Build.Succeeded);
        Assert.Empty(again.Written);
        Assert.Equal(0, again.PagesRendered);
    }

    [Fact]
    public void Output_after_each_kind_of_translation_edit_equals_a_full_build()
    {
        Rebuild("first build");
        Edit(Translation, text => text + "\nUn párrafo más.\n", "edit a translation's body");
        Edit(Translation, text => text.Replace("  - play\n", "", StringComparison.Ordinal), "remove a tag from a translation");
        Edit(Article, text => text.Replace("date: 2026-03-03", "date: 2026-03-03\nupdated: 2026-11-20", StringComparison.Ordinal), "update the original after its translation");
        Add("content/checklists/preparing-for-a-school-meeting.es.md", "---\ntitle: Preparar una reunión en la escuela\ndate: 2026-06-01\ntags: [school]\naudience: [parents]\n---\n- [ ] Llevar notas.\n- [ ] Preguntar por los objetivos.\n", "add a translation");
        Rename("content/checklists/preparing-for-a-school-meeting.es.md", "content/checklists/reunion-escolar.es.md",
            text => text.Replace("title:", "translation_key: school-meeting\ntitle:", StringComparison.Ordinal),
            ("content/checklists/preparing-for-a-school-meeting.md", text => text.Replace("title:", "translation_key: school-meeting\ntitle:", StringComparison.Ordinal)),
            "rename a translation and link it to its original by translation_key");
        var broken = _builder.Rebuild(Touch("content/checklists/preparing-for-a-school-meeting.md", text => text.Replace("translation_key: school-meeting\n", "translation_key: school-meetings\n", StringComparison.Ordinal)));
        Assert.Contains(broken.Build.Diagnostics, d => d.Descriptor.Code == "RG0703");
        Assert.Equal(OutputComparison.FullBuildProblems(_site.Root), broken.Build.Diagnostics.Select(d => d.ToString()).ToList());
        Edit("content/checklists/reunion-escolar.es.md", text => text.Replace("translation_key: school-meeting\n", "translation_key: school-meetings\n", StringComparison.Ordinal), "mend the translation_key");
        Edit("content/activities/calm-down-corner.es.md", text => text.Replace("title:", "comments_id: calm-down-corner\ntitle:", StringComparison.Ordinal), "join a translation's comments to its original's");
        Edit(Translation, text => text.Replace("(../activities/fine-motor-play-at-home.md#making-it-easier-or-harder)", "(../activities/heavy-work-obstacle-course.md)", StringComparison.Ordinal), "link a translation to a page with no translation");
        Delete("content/activities/fine-motor-play-at-home.es.md", "delete a translation");
        Edit("site.yml", text => text.Replace("name: Español", "name: Español (ES)", StringComparison.Ordinal), "rename a language");
        Edit("templates/i18n/es.yml", text => text.Replace("topics: Temas", "topics: Temas y más", StringComparison.Ordinal), "edit a theme text");
    }

    [Fact]
    public void Summary_title_and_tag_edits_around_body_edits_equal_a_full_build()
    {
        Rebuild("first build");
        Edit(Article, text => string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("summary:", StringComparison.Ordinal))), "drop the summary, so the first paragraph is the summary");
        Edit(Article, text => text.Replace("Most families leave", "Nearly every family leaves", StringComparison.Ordinal), "edit the first paragraph");
        Edit(Article, text => text + "\nA closing paragraph.\n", "edit the body");
        Edit(Article, text => text.Replace("title: \"Why practise at home?", "title: \"Why practice at home?", StringComparison.Ordinal), "rename the title");
        Edit(Article, text => text.Replace("  - play\n", "  - play\n  - routines\n", StringComparison.Ordinal), "add a tag after a body edit");
        Edit(Article, text => text + "\nAnd one more.\n", "edit the body after a tag edit");
    }

    [Fact]
    public void Renaming_a_heading_another_page_links_to_reports_the_broken_anchor_as_a_full_build_does()
    {
        Rebuild("first build");

        var broken = _builder.Rebuild(Touch(LinkedByAnchor, text => text.Replace(LinkedHeading, "## Begin with the routines you have", StringComparison.Ordinal)));

        Assert.False(broken.Build.Succeeded);
        Assert.Contains(broken.Build.Diagnostics, d => d.File == Linked);
        Assert.Equal(OutputComparison.FullBuildProblems(_site.Root), broken.Build.Diagnostics.Select(d => d.ToString()).ToList());
        Edit(LinkedByAnchor, text => text.Replace("## Begin with the routines you have", LinkedHeading, StringComparison.Ordinal), "restore the heading");
    }

    [Fact]
    public void A_body_edit_that_adds_a_broken_anchor_reports_it_as_a_full_build_does()
    {
        Rebuild("first build");

        var broken = _builder.Rebuild(Touch(Article, text => text + "\nSee [the routine](../checklists/weekly-home-practice-routine.md#no-such-heading).\n"));

        Assert.False(broken.Build.Succeeded);
        Assert.Contains(broken.Build.Diagnostics, d => d.File == Article && d.Message.Contains("#no-such-heading", StringComparison.Ordinal));
        Assert.Equal(OutputComparison.FullBuildProblems(_site.Root), broken.Build.Diagnostics.Select(d => d.ToString()).ToList());
        Edit(Article, text => text.Replace("#no-such-heading", "", StringComparison.Ordinal), "fix the link");
    }

    private void Edit(string path, Func<string, string> change, string step)
    {
        var before = _site.Read(path);
        Assert.NotEqual(before, change(before));
        _builder.Rebuild(Touch(path, change));
        OutputComparison.AssertSameAsFullBuild(_site.Root, _output, step: step);
    }

    private void DeleteWithItsLinks(string path, string[] linkingPages, string step)
    {
        File.Delete(Path.Combine(_site.Root, path));
        var link = $@"\[([^\]]*)\]\(\.\./articles/{Path.GetFileName(path)}\)";
        foreach (var linkingPage in linkingPages)
            _site.Write(linkingPage, System.Text.RegularExpressions.Regex.Replace(_site.Read(linkingPage), link, "$1"));
        Rebuild(step, [path, .. linkingPages]);
    }

    private void Rename(string from, string to, Func<string, string> change, (string Path, Func<string, string> Change) also, string step)
    {
        var text = change(_site.Read(from));
        File.Delete(Path.Combine(_site.Root, from));
        _site.Write(to, text);
        _site.Write(also.Path, also.Change(_site.Read(also.Path)));
        Rebuild(step, from, to, also.Path);
    }

    private void Delete(string path, string step)
    {
        File.Delete(Path.Combine(_site.Root, path));
        Rebuild(step, path);
    }

    private void Add(string path, string text, string step)
    {
        _site.Write(path, text);
        Rebuild(step, path);
    }

    private string[] Touch(string path, Func<string, string> change)
    {
        _site.Write(path, change(_site.Read(path)));
        return [path];
    }

    private BuildResult Rebuild(string step, params string[] changed)
    {
        var result = _builder.Rebuild(changed);
        Assert.True(result.Build.Succeeded, $"{step}: {string.Join("\n", result.Build.Diagnostics)}");
        OutputComparison.AssertSameAsFullBuild(_site.Root, _output, step: step);
        return result.Build;
    }
}
