using ResourceGen.Schema;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Authoring;

// Issue 9: CONTRIBUTING.md explains every front-matter key, and its example error is one check really prints.
public class ContributingTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "CONTRIBUTING.md"));

    [Fact]
    public void Every_front_matter_key_of_every_type_has_a_row_in_the_guide()
    {
        var missing = ContentTypes.BuiltIn.AllKeys.Where(k => !Guide.Contains($"| `{k}` |")).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_example_error_is_what_check_prints_for_the_line_the_guide_shows()
    {
        using var site = SiteFixture.Create("-- site.yml --\ntitle: T\nbase_url: https://example.org/\n" + SiteFixture.MinimalTemplates
            + "-- content/articles/x.md --\n---\ntitle: X\ndate: 2026-01-01\ntags: {play: yes}\n---\nText.\n");

        var (_, output, _) = CliRunner.Run("check", "--format", "text", "--source", site.Root);

        var example = output.Split('\n')[0];
        Assert.StartsWith("content/articles/x.md:4:7: error RG0105: ", example);
        Assert.Contains($"```\n{example}\n```", Guide);
        Assert.Contains("line 4 of the file was `tags: {play: yes}`", Guide);
    }
}
