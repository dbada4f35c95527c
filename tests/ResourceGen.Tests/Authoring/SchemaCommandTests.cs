using ResourceGen.Schema;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Authoring;

// Issue 9: 'resourcegen schema' writes <type>.schema.json; the sample library's committed copies are up to date.
public class SchemaCommandTests
{
    [Fact]
    public void The_committed_schemas_of_the_sample_library_are_what_resourcegen_schema_writes()
    {
        using var output = SiteFixture.Create("");

        var (exit, _, error) = CliRunner.Run("schema", "--source", RepoPaths.Root, "--output", output.Root);

        Assert.True(exit == 0, error);
        foreach (var type in ContentTypes.BuiltIn.All)
        {
            var name = JsonSchemaWriter.FileName(type);
            Assert.True(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", name)) == output.Read(name),
                $"schema/{name} is out of date: run 'dotnet run --project src/ResourceGen.Cli -- schema'");
        }
    }

    [Fact]
    public void The_schemas_go_to_the_site_folders_schema_folder_by_default()
    {
        using var site = SiteFixture.Create("-- site.yml --\ntitle: T\nbase_url: https://example.org/\n");

        var (exit, output, _) = CliRunner.Run("schema", "--source", site.Root);

        Assert.Equal(0, exit);
        Assert.Equal(3, output.Trim().Split('\n').Length);
        Assert.All(ContentTypes.BuiltIn.All, t => Assert.True(File.Exists(Path.Combine(site.Root, "schema", $"{t.Name}.schema.json"))));
    }

    [Fact]
    public void A_folder_without_site_yml_is_reported()
    {
        using var empty = SiteFixture.Create("");

        var (exit, _, error) = CliRunner.Run("schema", "--source", empty.Root);

        Assert.Equal(2, exit);
        Assert.StartsWith("error RG0001: ", error);
    }
}
