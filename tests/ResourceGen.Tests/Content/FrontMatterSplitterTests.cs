using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Content;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_front_matter_from_body_and_knows_where_each_starts()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: A\ntags: [x]\n---\n# Body\n", "content/a.md", new DiagnosticBag());

        Assert.NotNull(split);
        Assert.Equal("title: A\ntags: [x]\n", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("# Body\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n", "empty")]
    [InlineData("title: A\n", "no front matter")]
    [InlineData("---\ntitle: A\n", "never closed")]
    [InlineData("---", "never closed")]
    public void A_missing_or_unclosed_block_is_RG0101_on_line_1(string text, string expectedWords)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(FrontMatterSplitter.Split(text, "content/a.md", diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("RG0101", 1), (error.Code, error.Line));
        Assert.Contains(expectedWords, error.Message);
    }

    [Fact]
    public void A_horizontal_rule_in_the_body_is_not_taken_for_a_fence()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: A\n---\ntext\n---\nmore\n", "content/a.md", new DiagnosticBag());

        Assert.Equal("text\n---\nmore\n", split!.Body);
    }
}
