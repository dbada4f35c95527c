using ResourceGen.Incremental;
using ResourceGen.Model;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Incremental;

/// <summary>
/// An edit that moves no page in the model's lists updates the last model in place, reuses what was made from
/// the objects it kept, and checks again only the links it can affect; the output must still equal a full build.
/// </summary>
public sealed class ModelUpdateTests : IDisposable
{
    private const string Article = "content/articles/why-practice-at-home.md";
    private const string LinkedArticle = "content/articles/finding-time-for-home-practice.md";
    private const string LinkedHeading = "## Start with the routines you already have";

    private readonly SiteFixture _site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
    private readonly IncrementalSiteBuilder _builder;

    public ModelUpdateTests() => _builder = new IncrementalSiteBuilder(new BuildOptions(_site.Root));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_body_edit_keeps_every_list_that_does_not_hold_the_page()
    {
        var before = Rebuild("first build", []).Model!;

        var after = Rebuild("body edit", Touch(Article, text => text + "\nOne more paragraph about practice at home.\n")).Model!;

        var edited = after.Pages.Single(p => p.SourcePath == Article);
        Assert.DoesNotContain(edited, before.Pages);
        var kept = 0;
        foreach (var (old, current) in before.Tags.Zip(after.Tags))
        {
            if (current.Pages.Any(p => p.SourcePath == Article)) Assert.Contains(edited, current.Pages);
            // A page that lists the edited page as related is a new object too, and so are the lists that hold it.
            if (!current.Pages.SequenceEqual(old.Pages)) continue;
            Assert.Same(old, current);
            kept++;
        }
        Assert.NotEqual(0, kept);
    }

    [Fact]
    public void Summary_title_and_tag_edits_after_a_body_edit_equal_a_full_build()
    {
        Rebuild("first build", []);
        Rebuild("drop the summary, so the first paragraph is the summary", Touch(Article, text => Without(text, "summary:")));
        Rebuild("edit the first paragraph", Touch(Article, text => text.Replace("Most families leave", "Nearly every family leaves", StringComparison.Ordinal)));
        Rebuild("edit the body", Touch(Article, text => text + "\nA closing paragraph.\n"));
        Rebuild("rename the title", Touch(Article, text => text.Replace("title: \"Why practise at home?", "title: \"Why practice at home?", StringComparison.Ordinal)));
        Rebuild("add a tag after a body edit", Touch(Article, text => text.Replace("  - play\n", "  - play\n  - routines\n", StringComparison.Ordinal)));
        Rebuild("edit the body after a tag edit", Touch(Article, text => text + "\nAnd one more.\n"));
    }

    [Fact]
    public void Renaming_a_heading_another_page_links_to_reports_the_broken_anchor_as_a_full_build_does()
    {
        Rebuild("first build", []);

        var broken = _builder.Rebuild(Touch(LinkedArticle, text => text.Replace(LinkedHeading, "## Begin with the routines you have", StringComparison.Ordinal)));

        Assert.False(broken.Build.Succeeded);
        Assert.Contains(broken.Build.Diagnostics, d => d.File == "content/checklists/weekly-home-practice-routine.md");
        Assert.Equal(OutputComparison.FullBuildProblems(_site.Root), broken.Build.Diagnostics.Select(d => d.ToString()).ToList());

        Rebuild("restore the heading", Touch(LinkedArticle, text => text.Replace("## Begin with the routines you have", LinkedHeading, StringComparison.Ordinal)));
    }

    private static string Without(string text, string keyPrefix) =>
        string.Join('\n', text.Split('\n').Where(line => !line.StartsWith(keyPrefix, StringComparison.Ordinal)));

    private string[] Touch(string path, Func<string, string> change)
    {
        var before = _site.Read(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        _site.Write(path, after);
        return [path];
    }

    private BuildResult Rebuild(string step, string[] changed)
    {
        var result = _builder.Rebuild(changed);
        Assert.True(result.Build.Succeeded, $"{step}: {string.Join("\n", result.Build.Diagnostics)}");
        OutputComparison.AssertSameAsFullBuild(_site.Root, Path.Combine(_site.Root, "_site"), step: step);
        return result.Build;
    }
}
