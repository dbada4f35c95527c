using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class LunrStopWordFilterTests
{
    [Fact]
    public void Has_lunrs_119_words() => Assert.Equal(119, LunrLanguage.En.StopWordFilter.Words.Count);

    [Theory]
    [InlineData("the", true)]
    [InlineData("however", true)]
    [InlineData("twas", true)]
    [InlineData("The", false)] // tokens are lowercased before the filter runs
    [InlineData("constructor", false)]
    [InlineData("__proto__", false)]
    [InlineData("", false)]
    [InlineData("calm", false)]
    public void Matches_exact_stop_words(string token, bool stop)
    {
        Assert.Equal(stop, LunrLanguage.En.StopWordFilter.IsStopWord(token));
        Assert.Equal(stop, LunrLanguage.En.StopWordFilter.IsStopWord(token.AsSpan()));
    }
}
