using System.Text.Json;
using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class PorterStemmerTests
{
    [Theory]
    [InlineData("routines", "routin")]
    [InlineData("schedule", "schedul")]
    [InlineData("anxiety", "anxieti")]
    [InlineData("yelling", "yell")]
    [InlineData("by", "by")]
    [InlineData("generalizations", "gener")]
    [InlineData("see\ring", "see\ring")] // JavaScript's "." does not match '\r'
    public void Stems_like_lunr(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Matches_lunrs_own_stemmer_on_the_golden_words()
    {
        // stemmer-golden.json is lunr 2.3.9's output: see make-stemmer-golden.js beside it.
        var path = Path.Combine(LunrCompatFixture.Folder, "stemmer-golden.json");
        using var golden = JsonDocument.Parse(File.ReadAllText(path));
        var pairs = golden.RootElement.EnumerateArray().Select(p => (Word: p[0].GetString()!, Stem: p[1].GetString()!)).ToList();
        Assert.True(pairs.Count > 3000, $"only {pairs.Count} golden words");
        var wrong = pairs.Where(p => PorterStemmer.Stem(p.Word) != p.Stem)
            .Select(p => $"{p.Word} -> {PorterStemmer.Stem(p.Word)}, lunr: {p.Stem}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} stems differ from lunr's:\n" + string.Join('\n', wrong.Take(30)));
    }
}
