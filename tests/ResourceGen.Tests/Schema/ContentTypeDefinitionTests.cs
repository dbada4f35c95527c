using ResourceGen.SiteFile;
using Json.Schema;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Schema;

// Issue 14: the built-in types are data in the same form as a site's 'types:', and a wrong definition is reported at its place.
public class ContentTypeDefinitionTests
{
    private const string Head = "title: Lib\nbase_url: https://example.org/\n";

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string types)
    {
        var diagnostics = new DiagnosticBag();
        return (SiteConfigLoader.Parse(Head + types, null, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void The_built_in_types_keep_their_keys_folders_titles_and_rules()
    {
        var types = ContentTypes.BuiltIn;

        Assert.Equal(["article", "activity", "checklist"], types.All.Select(t => t.Name));
        Assert.Equal(["articles", "activities", "checklists"], types.All.Select(t => t.Section));
        Assert.Equal(["Article", "Activity guide", "Checklist"], types.All.Select(t => t.SingularTitle));
        Assert.Equal(["Articles", "Activity guides", "Checklists"], types.All.Select(t => t.Title));
        Assert.True(types.ByName("article")!.Rule("date")!.Required);
        Assert.False(types.ByName("activity")!.Rule("date")!.Required);
        Assert.Equal(["age", "duration", "materials", "skills", "setting"], types.ByName("activity")!.OwnFields.Select(f => f.Key));
        Assert.Equal(1, ((IntegerField)types.ByName("activity")!.Rule("duration")!.Kind).Min);
        Assert.Equal(["home", "classroom", "clinic"], ((ChoiceField)types.ByName("activity")!.Rule("setting")!.Kind).Allowed);
        Assert.Equal(["print", "checklist"], types.ByName("checklist")!.Features.Select(f => f.Name));
    }

    [Fact]
    public void A_site_type_comes_after_the_built_in_ones_with_the_common_keys_first()
    {
        var (config, diagnostics) = Parse("types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    fields:\n      pages: { kind: integer, required: true, min: 1, max: 40 }\n      summary: { required: true }\n");

        Assert.Empty(diagnostics);
        var handout = config!.Types.ByName("handout")!;
        Assert.Same(handout, config.Types.BySection("handouts"));
        Assert.Equal(["article", "activity", "checklist", "handout"], config.Types.All.Select(t => t.Name));
        Assert.Equal("title", handout.Fields[0].Key);
        Assert.Equal(["pages"], handout.OwnFields.Select(f => f.Key));
        Assert.True(handout.Rule("summary")!.Required);
        Assert.Contains("handout", ((ChoiceField)config.Types.ByName("article")!.Rule("type")!.Kind).Allowed);
        Assert.Empty(handout.Features);
    }

    [Fact]
    public void Two_readings_of_the_same_definition_give_equal_types_and_a_changed_bound_does_not()
    {
        const string Types = "types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    fields:\n      pages: { kind: integer, min: 1 }\n      format: { kind: choice, values: [pdf, web] }\n    features: [print]\n";

        var first = Parse(Types).Config!.Types.ByName("handout")!;
        var second = Parse(Types).Config!.Types.ByName("handout")!;
        var changed = Parse(Types.Replace("min: 1", "min: 2")).Config!.Types.ByName("handout")!;

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, changed);
    }

    [Theory]
    [InlineData("      pages: { kind: integr }\n", 11, 22, "'types.handout.fields.pages.kind' 'integr' is not a field kind; use one of text, list, integer, boolean, date, choice, age_range (did you mean 'integer'?)")]
    [InlineData("      pages: { kind: text, min: 1 }\n", 11, 28, "'types.handout.fields.pages.min' is only for integer fields")]
    [InlineData("      pages: { kind: integer, min: 5, max: 2 }\n", 11, 44, "'types.handout.fields.pages.max' (2) is smaller than min (5)")]
    [InlineData("      format: { kind: choice }\n", 11, 15, "'types.handout.fields.format' needs 'values', the list of values allowed, e.g. values: [pdf, print, web]")]
    [InlineData("      date: { kind: text }\n", 11, 21, "'date' is a key every type has (date); a type can only make it required and describe it")]
    [InlineData("      Pages: { kind: text }\n", 11, 7, "field 'Pages' of types.handout must be lowercase letters, digits and '_', starting with a letter, so templates can read it as page.fields.Pages")]
    public void A_wrong_field_is_reported_at_its_line_and_column(string field, int line, int column, string message)
    {
        var (config, diagnostics) = Parse($"types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    features: [print]\n    other: 1\n    fields:\n{field}");

        Assert.Null(config);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("site.yml", line, column, "RG0003", message), (error.File, error.Line, error.Column, error.Code, error.Message));
    }

    [Theory]
    [InlineData("  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    features: [prnt]\n", 8, 16, "'types.handout.features' names 'prnt', which is not a feature; use print, checklist, howto, activity_filter, reading_time, article_data (did you mean 'print'?)")]
    [InlineData("  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    features: [activity_filter]\n    fields:\n      age: { kind: text }\n", 8, 15, "'types.handout.features': 'activity_filter' needs a field 'age' of kind age_range or 'skills' of kind list to filter by")]
    [InlineData("  handout:\n    folder: articles\n    name: Handout\n    title: Handouts\n", 5, 13, "'types.handout.folder' 'articles' is already used by the site; choose another folder")]
    [InlineData("  handout:\n    name: Handout\n    title: Handouts\n", 5, 5, "'types.handout' needs 'folder' (the folder under content/, e.g. 'handouts')")]
    [InlineData("  article:\n    folder: posts\n    name: Post\n    title: Posts\n", 4, 3, "'types.article' is already a content type; choose another name")]
    [InlineData("  tag:\n    folder: labels\n    name: Label\n    title: Labels\n", 4, 3, "'types.tag' names a kind of page the theme already has; choose another name")]
    public void A_wrong_type_is_reported_at_its_line_and_column(string type, int line, int column, string message)
    {
        var (config, diagnostics) = Parse("types:\n" + type);

        Assert.Null(config);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("site.yml", line, column, "RG0003", message), (error.File, error.Line, error.Column, error.Code, error.Message));
    }

    [Theory]
    [InlineData("min: 1, max: 40", "1", true)]
    [InlineData("min: 1, max: 40", "40", true)]
    [InlineData("min: 1, max: 40", "\"7\"", true)]
    [InlineData("min: 1, max: 40", "41", false)]
    [InlineData("min: 1, max: 40", "\"41\"", false)]
    [InlineData("min: 1, max: 40", "0", false)]
    [InlineData("min: 1", "100000", true)]
    [InlineData("min: 1", "\"0\"", false)]
    [InlineData("min: -5, max: 5", "-5", true)]
    [InlineData("min: -5, max: 5", "-6", false)]
    [InlineData("max: 5", "6", false)]
    [InlineData("max: 5", "seven", false)]
    public void An_integer_field_s_JSON_Schema_accepts_what_check_accepts(string bounds, string value, bool valid)
    {
        var config = Parse($"types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    fields:\n      pages: {{ kind: integer, {bounds} }}\n").Config!;
        var text = $"---\ntitle: A\npages: {value}\n---\nBody.\n";
        var checkErrors = new DiagnosticBag();
        ContentLoader.Load("content/handouts/a.md", text, checkErrors, config.Schema);
        var (_, json) = FrontMatterJson.Read(text);
        var schema = JsonSchema.FromText(JsonSchemaWriter.Write(config.Types.ByName("handout")!, config.Schema));

        Assert.Equal(valid, !checkErrors.HasErrors);
        Assert.Equal(valid, schema.Evaluate(json).IsValid);
    }

    [Fact]
    public void Schema_and_comment_settings_may_name_a_site_type()
    {
        var (config, diagnostics) = Parse("types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    fields:\n      pages: { kind: integer }\nschema:\n  required:\n    handout: [pages]\ncomments:\n  provider: static\n  types:\n    handout: false\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["title", "pages"], config!.Schema.RequiredKeys(config.Types.ByName("handout")!));
        Assert.False(config.Comments.Types["handout"]);
    }

    [Fact]
    public void An_unknown_key_of_a_definition_is_a_warning_with_the_closest_key()
    {
        var (config, diagnostics) = Parse("types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    feature: [print]\n");

        Assert.NotNull(config);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 8, 5), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal("unknown setting 'types.handout.feature' (did you mean 'features'?); it is ignored", warning.Message);
    }
}
