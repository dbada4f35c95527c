using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Content;

public class ContentLoaderTests
{
    private static (ContentItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        return (ContentLoader.Load(path, text, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void Type_comes_from_the_folder_and_slug_from_the_file_name()
    {
        var (item, diagnostics) = Load("content/activities/Fine Motor Play.md", "---\ntitle: Play\n---\nBody");

        Assert.Empty(diagnostics);
        Assert.Equal("activity", item!.Type.Name);
        Assert.Equal("/activities/fine-motor-play/", item.SitePath);
        Assert.Equal(4, item.BodyFirstLine);
    }

    [Fact]
    public void The_slug_key_overrides_the_file_name()
    {
        var (item, _) = Load("content/articles/a.md", "---\ntitle: A\ndate: 2026-01-02\nslug: home-tips\n---\n");

        Assert.Equal("/articles/home-tips/", item!.SitePath);
    }

    [Fact]
    public void A_YAML_syntax_error_is_reported_at_its_file_line_and_column()
    {
        var (item, diagnostics) = Load("content/articles/a.md", "---\ntitle: A\ndate: 2026-01-02\nsummary: Tips: for home\n---\n");

        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0106", "content/articles/a.md", 4), (error.Code, error.File, error.Line));
        Assert.Contains("quotes", error.Message);
    }

    [Fact]
    public void An_unclosed_bracket_is_a_diagnostic_not_a_crash()
    {
        var (item, diagnostics) = Load("content/articles/a.md", "---\ntitle: A\ntags: [a, b\n---\n");

        Assert.Null(item);
        Assert.Equal("RG0106", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_duplicated_key_is_a_syntax_error()
    {
        var (_, diagnostics) = Load("content/articles/a.md", "---\ntitle: A\ntitle: B\ndate: 2026-01-02\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0106", 3), (error.Code, error.Line));
    }

    [Fact]
    public void A_file_outside_the_type_folders_needs_a_type_key()
    {
        var (missing, diagnostics) = Load("content/misc/a.md", "---\ntitle: A\n---\n");
        var (typed, _) = Load("content/misc/b.md", "---\ntitle: B\ntype: checklist\n---\n");

        Assert.Null(missing);
        Assert.Equal("RG0113", Assert.Single(diagnostics).Code);
        Assert.Equal("/checklists/b/", typed!.SitePath);
    }
}
