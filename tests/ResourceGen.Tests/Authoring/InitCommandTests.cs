using ResourceGen.Authoring;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Authoring;

// Issue 9: 'resourcegen init DIR' creates a new site that builds and passes check.
public class InitCommandTests
{
    [Fact]
    public void A_new_site_builds_and_passes_a_strict_check()
    {
        using var parent = SiteFixture.Create("");
        var dir = Path.Combine(parent.Root, "library");

        var (exit, output, error) = CliRunner.Run("init", dir);

        Assert.True(exit == 0, error);
        Assert.StartsWith($"Created a new site in {dir}", output);
        var check = CliRunner.Run("check", "--strict", "--source", dir);
        Assert.True(check.Exit == 0, check.Out);
        var build = CliRunner.Run("build", "--source", dir);
        Assert.True(build.Exit == 0, build.Err);
        Assert.True(File.Exists(Path.Combine(dir, "_site", "articles", "welcome-to-your-library", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir, "_site", "activities", "peg-pinching-game", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir, "_site", "checklists", "before-your-first-session", "index.html")));
    }

    [Fact]
    public void A_new_site_has_the_authoring_files()
    {
        using var parent = SiteFixture.Create("");
        var dir = Path.Combine(parent.Root, "library");

        CliRunner.Run("init", dir);

        string[] expected =
        [
            ".github/workflows/site.yml", ".github/pull_request_template.md", ".gitignore", ".vscode/settings.json", "CONTRIBUTING.md",
            "schema/article.schema.json", "schema/activity.schema.json", "schema/checklist.schema.json",
            "templates/archetypes/article.md", "templates/archetypes/activity.md", "templates/archetypes/checklist.md", "templates/base.html",
        ];
        Assert.All(expected, f => Assert.True(File.Exists(Path.Combine(dir, f)), f));
        Assert.Equal(0, CliRunner.Run("new", "activity", "Bubble wrap stomp", "--source", dir).Exit);
        Assert.Equal(0, CliRunner.Run("check", "--strict", "--source", dir).Exit);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var site = SiteFixture.Create("-- notes.txt --\nmine\n");

        var (exit, _, error) = CliRunner.Run("init", site.Root);

        Assert.Equal(2, exit);
        Assert.StartsWith("error RG0005: ", error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void The_built_in_theme_is_the_repositorys_templates_folder()
    {
        var repository = SiteFixture.Snapshot(Path.Combine(RepoPaths.Root, "templates"));

        Assert.Equal(repository.Keys, BuiltInFiles.Theme.Keys);
        Assert.All(repository, f => Assert.Equal(f.Value, BuiltInFiles.Theme[f.Key]));
    }

    [Fact]
    public void A_new_site_gets_the_repositorys_contributing_guide_and_pull_request_template()
    {
        foreach (var file in new[] { "CONTRIBUTING.md", ".github/pull_request_template.md", ".vscode/settings.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file)), BuiltInFiles.Starter[file]);
    }
}
