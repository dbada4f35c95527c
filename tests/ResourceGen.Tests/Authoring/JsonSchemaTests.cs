using ResourceGen.SiteFile;
using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Tests.Robustness;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Authoring;

// Issue 9: the JSON Schema accepts what check accepts and rejects the front-matter errors check reports.
public class JsonSchemaTests
{
    /// <summary>Codes of per-file front-matter errors; the others are about YAML syntax, encoding, bodies or several files.</summary>
    private static readonly string[] SchemaCodes = ["RG0102", "RG0103", "RG0104", "RG0105", "RG0107", "RG0108", "RG0109", "RG0110", "RG0115", "RG0119"];

    /// <summary>Cases with those codes that no per-file schema can see: they come from the file name or from other files.</summary>
    private static readonly string[] NotFromFrontMatter =
    [
        "RG0108: a file name without letters or digits",
        "RG0109: two pages with the same series part",
        "RG0109: a series with parts 1 and 3",
    ];

    public static TheoryData<string> SampleFiles => Data(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')));

    public static TheoryData<string> FrontMatterBadInputs => Data(FrontMatterCaseNames());

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void The_schema_accepts_every_sample_file(string file)
    {
        var config = SiteConfigLoader.Load(RepoPaths.Root, new DiagnosticBag())!;

        var errors = Validate(TypeOf(file)!, config.Schema, File.ReadAllText(Path.Combine(RepoPaths.Root, file)));

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(FrontMatterBadInputs))]
    public void The_schema_rejects_the_front_matter_that_check_rejects(string name)
    {
        var bad = BadInputCases.ByName[name];
        var settings = SettingsOf(BadInputCases.ValidSite);

        var errors = Validate(TypeOf(bad.Path)!, settings, Encoding.UTF8.GetString(bad.Bytes!));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Every_content_case_of_the_check_table_is_either_tested_against_the_schema_or_beyond_any_schema()
    {
        // YAML syntax, encoding, file size and other limits, the folder, the body: the editor's YAML parser or check itself covers them.
        string[] beyondSchema = ["RG0101", "RG0106", "RG0111", "RG0113", "RG0114", "RG0116", "RG0118"];
        var tested = FrontMatterCaseNames().ToHashSet();

        var unclassified = BadInputCases.ByName.Values
            .Where(c => c.File.StartsWith("content/", StringComparison.Ordinal) && c.Code.StartsWith("RG01", StringComparison.Ordinal))
            .Where(c => !tested.Contains(c.Name) && !beyondSchema.Contains(c.Code) && !NotFromFrontMatter.Contains(c.Name))
            .Select(c => c.Name);

        Assert.Empty(unclassified);
        Assert.True(tested.Count > 25);
    }

    [Theory]
    [InlineData("tags: [Fine Motor, play]", true)]
    [InlineData("tags: fine_motor", true)]
    [InlineData("tags: [fine-motors]", false)]
    [InlineData("age: 5", true)]
    [InlineData("age: \"3 – 6\"", true)]
    [InlineData("age: \"06-120\"", true)]
    [InlineData("age: \"7-6\"", false)]
    [InlineData("age: \"3-121\"", false)]
    [InlineData("duration: \"15\"", true)]
    [InlineData("draft: yes", true)]
    [InlineData("draft: maybe", false)]
    [InlineData("updated: 2024-02-29", true)]
    [InlineData("updated: 2100-02-29", false)]
    [InlineData("summary:", true)]
    [InlineData("reading_level: easy", true)]
    [InlineData("comments: false\ncomments_id: old-slug", true)]
    [InlineData("comments_id: Old Slug", false)]
    public void The_schema_agrees_with_check_on_edge_cases(string lines, bool valid)
    {
        const string SiteYml = "title: T\nbase_url: https://example.org/\nschema:\n  keys: [reading_level]\n  tags:\n    fine-motor: Hands\n    play: Play\n";
        var text = $"---\ntitle: A\ndate: 2026-01-01\n{lines}\n---\n- [ ] x\n";
        var checkErrors = new DiagnosticBag();
        ResourceGen.Content.ContentLoader.Load("content/activities/a.md", text, checkErrors, SettingsOf($"-- site.yml --\n{SiteYml}"));

        var schemaErrors = Validate(ContentTypes.BuiltIn.ByName("activity")!, SettingsOf($"-- site.yml --\n{SiteYml}"), text);

        Assert.Equal(valid, !checkErrors.HasErrors);
        Assert.Equal(valid, schemaErrors.Count == 0);
    }

    [Fact]
    public void Site_required_keys_and_the_tag_vocabulary_are_in_the_schema()
    {
        var settings = SettingsOf("-- site.yml --\ntitle: T\nbase_url: https://example.org/\nschema:\n  required:\n    activity: [age]\n  tags:\n    play: Learning through games.\n");

        var schema = JsonSchemaWriter.Build(ContentTypes.BuiltIn.ByName("activity")!, settings);

        Assert.Equal(["title", "age"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("Learning through games.", schema.ToJsonString());
        Assert.Equal(JsonSchemaWriter.Dialect, schema["$schema"]!.GetValue<string>());
    }

    private static IEnumerable<string> FrontMatterCaseNames() => BadInputCases.ByName.Values
        .Where(c => SchemaCodes.Contains(c.Code) && !NotFromFrontMatter.Contains(c.Name) && TypeOf(c.Path) is not null)
        .Select(c => c.Name);

    private static List<string> Validate(ContentType type, SchemaSettings settings, string fileText)
    {
        var (failed, json) = FrontMatterJson.Read(fileText);
        Assert.False(failed, "the front matter should be readable YAML");
        var schema = JsonSchema.FromText(JsonSchemaWriter.Write(type, settings));
        var results = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : [.. results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static SchemaSettings SettingsOf(string fileSet)
    {
        using var site = SiteFixture.Create(fileSet);
        return SiteConfigLoader.Load(site.Root, new DiagnosticBag())!.Schema;
    }

    private static ContentType? TypeOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 3 && parts[0] == "content" ? ContentTypes.BuiltIn.BySection(parts[1]) : null;
    }

    private static TheoryData<string> Data(IEnumerable<string> values)
    {
        var data = new TheoryData<string>();
        foreach (var value in values.Order(StringComparer.Ordinal)) data.Add(value);
        return data;
    }
}
