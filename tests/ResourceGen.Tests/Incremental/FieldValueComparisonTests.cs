using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Pipeline;
using ResourceGen.Schema;

namespace ResourceGen.Tests.Incremental;

// Issue 14: type fields are a map on each page; the live engine compares model values by reflection, so equal maps must compare equal.
public class FieldValueComparisonTests
{
    private const string Activity = "---\ntitle: Pegs\nage: \"3-6\"\nduration: 15\nmaterials: [pegs, a plate]\nsetting: home\n---\nBody.\n";

    [Fact]
    public void The_fields_of_the_same_front_matter_read_twice_compare_as_the_same()
    {
        var (first, second) = (FieldsOf(Activity), FieldsOf(Activity));

        Assert.NotSame(first, second);
        Assert.True(ModelValues.Same(first, second));
    }

    [Theory]
    [InlineData("duration: 15", "duration: 20")]
    [InlineData("age: \"3-6\"", "age: \"3-7\"")]
    [InlineData("materials: [pegs, a plate]", "materials: [pegs]")]
    [InlineData("setting: home\n", "")]
    public void Fields_that_differ_in_one_value_compare_as_different(string before, string after)
    {
        Assert.False(ModelValues.Same(FieldsOf(Activity), FieldsOf(Activity.Replace(before, after))));
    }

    [Fact]
    public void A_list_page_s_feature_data_made_twice_from_equal_fields_compares_as_the_same()
    {
        var filter = TypeFeatures.ByName("activity_filter")!;

        var first = filter.SectionData([FieldsOf(Activity)]);
        var second = filter.SectionData([FieldsOf(Activity)]);

        Assert.True(ModelValues.Same(first, second));
        Assert.Equal([3, 4, 5, 6], ((ActivityFilter)first).Ages);
        Assert.False(ModelValues.Same(first, filter.SectionData([FieldsOf(Activity.Replace("3-6", "4-6"))])));
    }

    private static IReadOnlyDictionary<string, object?> FieldsOf(string text)
    {
        var diagnostics = new DiagnosticBag();
        var item = ContentLoader.Load("content/activities/pegs.md", text, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return item!.FrontMatter.Fields;
    }
}
