using ResourceGen.Diagnostics;
using ResourceGen.Model;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Model;

public class SiteModelBuilderTests
{
    // Through the whole build, as the site's model is made: front matter, Markdown, then the model.
    private static (SiteModel Model, IReadOnlyList<Diagnostic> Diagnostics) Build(params (string Path, string FrontMatter)[] files)
    {
        using var site = SiteFixture.Create("-- site.yml --\ntitle: Lib\nbase_url: https://example.org/lib/\n" + SiteFixture.MinimalTemplates);
        foreach (var (path, frontMatter) in files)
        {
            var items = path.Contains("/checklists/", StringComparison.Ordinal) ? "\n- [ ] One thing to do.\n" : "";
            site.Write(path, $"---\n{frontMatter}\n---\nFirst paragraph of {path}.\n{items}");
        }
        var result = site.Build();
        return (result.Model!, result.Diagnostics);
    }

    [Fact]
    public void Tag_spellings_are_one_tag_shown_with_the_most_common_spelling()
    {
        var (model, _) = Build(
            ("content/articles/a.md", "title: A\ndate: 2026-01-01\ntags: [Fine Motor]"),
            ("content/articles/b.md", "title: B\ndate: 2026-01-02\ntags: [fine motor]"),
            ("content/articles/c.md", "title: C\ndate: 2026-01-03\ntags: [fine-motor, Fine Motor]"));

        var tag = Assert.Single(model.Tags);
        Assert.Equal(("Fine Motor", "fine-motor", "/lib/tags/fine-motor/", 3), (tag.Name, tag.Slug, tag.Url, tag.Count));
        Assert.All(model.Pages, p => Assert.Equal("Fine Motor", Assert.Single(p.Tags).Name));
    }

    [Fact]
    public void Pages_are_newest_first_and_grouped_by_type_and_audience()
    {
        var (model, _) = Build(
            ("content/articles/old.md", "title: Old\ndate: 2025-05-01\naudience: parents"),
            ("content/articles/new.md", "title: New\ndate: 2026-05-01\naudience: [parents, educators]"),
            ("content/checklists/list.md", "title: List\naudience: therapists"));

        Assert.Equal(["New", "Old", "List"], model.Pages.Select(p => p.Title));
        Assert.Equal([2, 0, 1], model.Sections.Select(s => s.Count));
        Assert.Equal(["parents", "educators", "therapists"], model.Audiences.Select(a => a.Name));
        Assert.Equal(["New", "Old"], model.Audiences[0].Pages.Select(p => p.Title));
    }

    [Fact]
    public void Series_parts_link_to_each_other_in_part_order()
    {
        var (model, _) = Build(
            ("content/articles/b.md", "title: Second\ndate: 2026-01-01\nseries: Together\npart: 2"),
            ("content/articles/a.md", "title: First\ndate: 2026-01-02\nseries: Together\npart: 1"));

        var second = model.Pages.Single(p => p.Title == "Second").Series!;
        Assert.Equal((2, 2), (second.Part, second.Total));
        Assert.Equal("First", second.Previous!.Title);
        Assert.Null(second.Next);
        Assert.Equal(["First", "Second"], second.Parts.Select(p => p.Title));
        Assert.True(second.Parts[1].IsCurrent);
    }

    [Fact]
    public void Two_parts_with_the_same_number_are_reported_on_both_pages()
    {
        var (_, diagnostics) = Build(
            ("content/articles/a.md", "title: A\ndate: 2026-01-01\nseries: S\npart: 1"),
            ("content/articles/b.md", "title: B\ndate: 2026-01-01\nseries: S\npart: 1"));

        Assert.Equal(
            [("RG0109", "content/articles/a.md", 5, "series 'S' has part 1 twice: here and in content/articles/b.md; give each part its own number"),
             ("RG0109", "content/articles/b.md", 5, "series 'S' has part 1 twice: here and in content/articles/a.md; give each part its own number")],
            diagnostics.Select(d => (d.Code, d.File, d.Line, d.Message)).Order());
    }

    [Fact]
    public void A_gap_in_a_series_is_reported_on_the_last_part()
    {
        var (_, diagnostics) = Build(
            ("content/articles/a.md", "title: A\ndate: 2026-01-01\nseries: S\npart: 1"),
            ("content/articles/c.md", "title: C\ndate: 2026-01-01\nseries: S\npart: 3"));

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0109", "content/articles/c.md", 5), (error.Code, error.File, error.Line));
        Assert.Contains("has no part 2", error.Message);
    }

    [Fact]
    public void The_summary_falls_back_to_the_first_paragraph()
    {
        var (model, _) = Build(("content/articles/a.md", "title: A\ndate: 2026-01-01"), ("content/articles/b.md", "title: B\ndate: 2026-01-01\nsummary: Given."));

        Assert.Equal("First paragraph of content/articles/a.md.", model.Pages.Single(p => p.Title == "A").Summary);
        Assert.Equal("Given.", model.Pages.Single(p => p.Title == "B").Summary);
    }

    [Fact]
    public void Related_pages_share_the_most_tags_with_ties_going_to_the_newest()
    {
        var (model, _) = Build(
            ("content/articles/a.md", "title: A\ndate: 2026-01-01\ntags: [x, y, z]"),
            ("content/articles/b.md", "title: B\ndate: 2026-01-02\ntags: [x, y]"),
            ("content/articles/c.md", "title: C\ndate: 2026-01-03\ntags: [z]"),
            ("content/articles/d.md", "title: D\ndate: 2026-01-04\ntags: [x]"),
            ("content/articles/e.md", "title: E\ndate: 2026-01-05\ntags: [other]"));

        Assert.Equal(["B", "D", "C"], model.Pages.Single(p => p.Title == "A").Related.Select(p => p.Title));
        Assert.Equal(["A", "D"], model.Pages.Single(p => p.Title == "B").Related.Select(p => p.Title));
        Assert.Empty(model.Pages.Single(p => p.Title == "E").Related);
    }
}
