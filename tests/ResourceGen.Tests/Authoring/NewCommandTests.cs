using System.Globalization;
using ResourceGen.Schema;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Authoring;

// Issue 9: 'resourcegen new' creates a file that passes check, from templates/archetypes/, and never overwrites.
public class NewCommandTests
{
    public static TheoryData<string> TypeNames => [.. ContentTypes.BuiltIn.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void A_new_resource_of_each_type_passes_check_on_the_sample_library(string type)
    {
        using var site = SampleLibrary();
        var before = DateOnly.FromDateTime(DateTime.Now);

        var (exit, output, error) = CliRunner.Run("new", type, "Bath time: routines that help!", "--source", site.Root);

        var section = ContentTypes.BuiltIn.ByName(type)!.Section;
        var path = $"content/{section}/bath-time-routines-that-help.md";
        Assert.True(exit == 0, error);
        Assert.Equal($"Created {path}", output.Trim());
        var text = site.Read(path);
        Assert.Contains("title: \"Bath time: routines that help!\"", text);
        Assert.Contains($"date: {before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", text);
        var check = CliRunner.Run("check", "--strict", "--source", site.Root);
        Assert.True(check.Exit == 0, check.Out);
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void A_new_resource_names_every_key_of_its_type_with_a_comment(string type)
    {
        using var site = SampleLibrary();

        CliRunner.Run("new", type, "Every key", "--source", site.Root);

        var contentType = ContentTypes.BuiltIn.ByName(type)!;
        var lines = site.Read($"content/{contentType.Section}/every-key.md").Split('\n');
        foreach (var field in contentType.Fields)
        {
            var index = Array.FindIndex(lines, l => l.StartsWith($"{field.Key}:", StringComparison.Ordinal) || l.StartsWith($"# {field.Key}:", StringComparison.Ordinal));
            Assert.True(index > 0, $"'{field.Key}' is missing");
            Assert.StartsWith("# ", lines[index - 1]);
        }
    }

    [Fact]
    public void Keys_the_site_requires_are_filled_in_so_the_new_file_still_passes_check()
    {
        using var site = SampleLibrary();
        var settings = site.Read("site.yml").Replace("schema:\n", "schema:\n  required:\n    activity: [summary, age, duration, setting, part, updated, slug, comments, comments_id, type]\n");
        site.Write("site.yml", settings);

        var (exit, _, error) = CliRunner.Run("new", "activity", "Peg game", "--source", site.Root);

        Assert.True(exit == 0, error);
        var check = CliRunner.Run("check", "--source", site.Root);
        Assert.DoesNotContain("peg-game.md", check.Out);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = SampleLibrary();
        var original = site.Read("content/articles/why-practice-at-home.md");

        var (exit, output, error) = CliRunner.Run("new", "article", "Why practice at home?", "--source", site.Root);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("content/articles/why-practice-at-home.md: error RG0005: this file already exists", error);
        Assert.Equal(original, site.Read("content/articles/why-practice-at-home.md"));
    }

    [Fact]
    public void A_site_without_archetypes_gets_the_built_in_ones()
    {
        using var site = SiteFixture.Create("-- site.yml --\ntitle: T\nbase_url: https://example.org/\n" + SiteFixture.MinimalTemplates);

        var (exit, _, error) = CliRunner.Run("new", "checklist", "Packing list", "--source", site.Root);

        Assert.True(exit == 0, error);
        Assert.Contains("- [ ] ", site.Read("content/checklists/packing-list.md"));
        Assert.Equal(0, CliRunner.Run("check", "--source", site.Root).Exit);
    }

    [Fact]
    public void A_site_owners_archetype_is_used_and_its_template_errors_name_the_line()
    {
        using var site = SiteFixture.Create("-- site.yml --\ntitle: T\nbase_url: https://example.org/\n"
            + "-- templates/archetypes/article.md --\n---\ntitle: {{ yaml title }}\ndate: {{ date }}\nreading_level: {{ level }}\n---\nText.\n");

        var (exit, _, error) = CliRunner.Run("new", "article", "Hello", "--source", site.Root);

        Assert.Equal(2, exit);
        Assert.StartsWith("templates/archetypes/article.md:4:19: error RG0501: ", error);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/articles/hello.md")));
    }

    [Theory]
    [InlineData("post", "Title")]
    [InlineData("article", "!!!")]
    public void A_wrong_type_or_a_title_without_words_is_a_usage_error(string type, string title)
    {
        using var site = SampleLibrary();

        var (exit, _, error) = CliRunner.Run("new", type, title, "--source", site.Root);

        Assert.Equal(2, exit);
        Assert.Contains("error", error);
    }

    private static SiteFixture SampleLibrary() => SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
}
