using ResourceGen.Schema;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Docs;

// Issue 14: the README documents 'types:', every field kind and every feature, kept honest against the registries.
public class ContentTypesReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void Every_feature_has_a_row_with_its_description_and_the_built_in_types_that_turn_it_on()
    {
        foreach (var feature in TypeFeatures.All)
        {
            var types = ContentTypes.BuiltIn.All.Where(t => t.Features.Contains(feature)).Select(t => t.Name);
            Assert.Contains($"| `{feature.Name}` | {string.Join(", ", types)} | {feature.Description} |", Readme);
        }
    }

    [Fact]
    public void Every_field_kind_a_definition_can_name_has_a_row()
    {
        var table = Readme.Split("**Field kinds.**")[1].Split("**Features.**")[0];
        var rows = table.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]);

        Assert.Equal(FieldKinds.Names, rows);
    }

    [Fact]
    public void The_site_yml_reference_lists_the_types_key()
    {
        Assert.Contains("| `types` | mapping of type name to definition |", Readme);
        Assert.Contains("## Content types", Readme);
    }
}
