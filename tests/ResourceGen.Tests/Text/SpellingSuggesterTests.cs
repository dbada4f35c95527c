using ResourceGen.Text;

namespace ResourceGen.Tests.Text;

public class SpellingSuggesterTests
{
    private static readonly string[] Audiences = ["parents", "educators", "therapists"];

    [Theory]
    [InlineData("parent", "parents")]
    [InlineData("Parents", "parents")]
    [InlineData("teachers", null)]
    [InlineData("therapist", "therapists")]
    public void Suggests_the_closest_value_only_when_it_is_close(string word, string? expected) =>
        Assert.Equal(expected, SpellingSuggester.Suggest(word, Audiences));
}
