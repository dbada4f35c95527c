using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;

namespace ResourceGen.Tests.Schema;

public class FrontMatterValidatorTests
{
    private static (FrontMatter? FrontMatter, IReadOnlyList<Diagnostic> Diagnostics) Validate(string path, string yaml, SchemaSettings? schema = null)
    {
        var diagnostics = new DiagnosticBag();
        var item = ContentLoader.Load(path, $"---\n{yaml}\n---\nBody text.\n", diagnostics, schema);
        return (item?.FrontMatter, diagnostics.Sorted());
    }

    [Fact]
    public void Every_contract_key_is_read_into_its_typed_value()
    {
        var (meta, diagnostics) = Validate("content/activities/a.md", """
            title: Button sorting
            date: 2026-03-14
            updated: 2026-04-01
            summary: Sort buttons by colour.
            tags: [Fine Motor, play]
            audience: [parents, educators]
            authors: Maya Okafor, OT
            series: Hands at home
            part: 2
            draft: true
            comments: false
            slug: button-sorting
            age: "3-6"
            duration: 15
            materials: [buttons, a muffin tin]
            skills: [grasp]
            setting: home
            reading_level: easy
            """, new SchemaSettings { Keys = ["reading_level"] });

        Assert.Empty(diagnostics);
        Assert.NotNull(meta);
        Assert.Equal("Button sorting", meta.Title);
        Assert.Equal(new DateOnly(2026, 3, 14), meta.Date);
        Assert.Equal(new DateOnly(2026, 4, 1), meta.Updated);
        Assert.Equal(["Fine Motor", "play"], meta.Tags);
        Assert.Equal(["parents", "educators"], meta.Audience);
        Assert.Equal(["Maya Okafor, OT"], meta.Authors);
        Assert.Equal(("Hands at home", 2), (meta.Series, meta.Part));
        Assert.True(meta.Draft);
        Assert.False(meta.Comments);
        Assert.Equal(new AgeRange(3, 6), meta.Fields["age"]);
        Assert.Equal(15, meta.Fields["duration"]);
        Assert.Equal(["buttons", "a muffin tin"], (IReadOnlyList<string>)meta.Fields["materials"]!);
        Assert.Equal("home", meta.Fields["setting"]);
        Assert.Equal("easy", meta.Params["reading_level"]);
    }

    [Fact]
    public void A_single_value_for_a_list_key_is_a_one_item_list()
    {
        var (meta, _) = Validate("content/articles/a.md", "title: A\ndate: 2026-01-01\ntags: fine-motor\naudience: parents");

        Assert.Equal(["fine-motor"], meta!.Tags);
        Assert.Equal(["parents"], meta.Audience);
    }

    [Theory]
    [InlineData("content/articles/a.md", "date: 2026-01-01", 1, "RG0104", "'title' is required")]
    [InlineData("content/articles/a.md", "title: A", 1, "RG0104", "'date' is required")]
    [InlineData("content/articles/a.md", "title: \"  \"\ndate: 2026-01-01", 1, "RG0104", "'title' is required")]
    [InlineData("content/articles/a.md", "title: |\ndate: 2026-01-01", 1, "RG0104", "'title' is required")]
    [InlineData("content/articles/a.md", "title: A\ndate: last tuesday", 3, "RG0102", "YYYY-MM-DD")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-02-30", 3, "RG0102", "YYYY-MM-DD")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\naudience: parent", 4, "RG0103", "did you mean 'parents'?")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\naudience: [parents, teachers]", 4, "RG0103", "'teachers' is not one of parents, educators, therapists")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\ntype: post", 4, "RG0103", "'post' is not one of article, activity, checklist")]
    [InlineData("content/activities/a.md", "title: A\nsetting: garden", 3, "RG0103", "home, classroom, clinic")]
    [InlineData("content/activities/a.md", "title: A\nage: \"6-3\"", 3, "RG0107", "smaller age first")]
    [InlineData("content/activities/a.md", "title: A\nage: toddlers", 3, "RG0107", "range of years")]
    [InlineData("content/activities/a.md", "title: A\nduration: 0", 3, "RG0110", "1 or more")]
    [InlineData("content/activities/a.md", "title: A\nduration: ten", 3, "RG0105", "whole number")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\npart: 2", 4, "RG0109", "without 'series'")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\nslug: ../../etc", 4, "RG0108", "lowercase letters")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\nslug: a/b", 4, "RG0108", "try 'a-b'")]
    [InlineData("content/articles/a.md", "title: [A, B]\ndate: 2026-01-01", 2, "RG0105", "'title' must be text")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\ndraft: maybe", 4, "RG0105", "true or false")]
    [InlineData("content/articles/a.md", "title: A\ndate: 2026-01-01\ntags: {a: 1}", 4, "RG0105", "must be a list")]
    public void Bad_values_are_reported_with_their_code_and_line(string path, string yaml, int line, string code, string words)
    {
        var (meta, diagnostics) = Validate(path, yaml);

        Assert.Null(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal((code, path, line), (error.Code, error.File, error.Line));
        Assert.Contains(words, error.Message);
    }

    [Fact]
    public void A_misspelt_key_is_a_warning_with_a_suggestion_and_declared_custom_keys_pass_silently()
    {
        var (meta, diagnostics) = Validate("content/articles/a.md", "title: A\ndate: 2026-01-01\ntagz: [a]\nreading_level: easy",
            new SchemaSettings { Keys = ["reading_level"] });

        Assert.NotNull(meta);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "RG0112", 4, 1), (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.Contains("did you mean 'tags'?", warning.Message);
    }

    [Theory]
    [InlineData("content/articles/a.md", "colour: blue", "unknown key 'colour'")]
    [InlineData("content/articles/a.md", "age: \"3-5\"", "only used by activity guides")]
    public void Keys_the_type_does_not_use_are_warnings(string path, string extra, string words)
    {
        var (meta, diagnostics) = Validate(path, $"title: A\ndate: 2026-01-01\n{extra}");

        Assert.NotNull(meta);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "RG0112", 4), (warning.Severity, warning.Code, warning.Line));
        Assert.Contains(words, warning.Message);
    }

    [Fact]
    public void Site_required_keys_and_the_tag_vocabulary_extend_the_schema()
    {
        var schema = new SchemaSettings
        {
            Required = new Dictionary<string, IReadOnlyList<string>> { ["article"] = ["summary"] },
            Tags = new Dictionary<string, ResourceGen.Schema.TagDefinition> { ["fine-motor"] = new("fine-motor", "Small hand movements.") },
        };

        var (meta, diagnostics) = Validate("content/articles/a.md", "title: A\ndate: 2026-01-01\ntags: [Fine Motor, fine-motr]", schema);

        Assert.Null(meta);
        Assert.Equal(["RG0104", "RG0115"], diagnostics.Select(d => d.Code));
        Assert.Contains("'summary' is required", diagnostics[0].Message);
        Assert.Equal((4, 20), (diagnostics[1].Line, diagnostics[1].Column));
        Assert.Contains("did you mean 'fine-motor'?", diagnostics[1].Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_only_the_first()
    {
        var (_, diagnostics) = Validate("content/activities/a.md", "title: A\nsetting: garden\nduration: -5\nage: old");

        Assert.Equal(["RG0103", "RG0110", "RG0107"], diagnostics.Select(d => d.Code));
    }
}
