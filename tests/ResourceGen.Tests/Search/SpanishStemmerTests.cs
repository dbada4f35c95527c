using System.Text.Json;
using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class SpanishStemmerTests
{
    [Theory]
    [InlineData("niño", "niñ")]
    [InlineData("niños", "niñ")] // the same stem, so a search for "niños" finds "niño"
    [InlineData("canción", "cancion")]
    [InlineData("canciones", "cancion")]
    [InlineData("rápidamente", "rapid")]
    [InlineData("hablábamos", "habl")]
    [InlineData("corriendo", "corr")]
    [InlineData("pingüinos", "pingüin")]
    [InlineData("ÁRBOL", "ÁRBOL")] // only lowercase vowels are vowels: tokens are lowercased before stemming
    [InlineData("", "")]
    public void Stems_like_lunr_es(string word, string stem) => Assert.Equal(stem, SpanishStemmer.Stem(word));

    [Fact]
    public void Matches_lunr_es_on_the_golden_words()
    {
        // spanish-stemmer-golden.json is lunr-languages 1.22.0's output: see make-spanish-golden.js beside it.
        var path = Path.Combine(LunrCompatFixture.Folder, "spanish-stemmer-golden.json");
        using var golden = JsonDocument.Parse(File.ReadAllText(path));
        var pairs = golden.RootElement.EnumerateArray().Select(p => (Word: p[0].GetString()!, Stem: p[1].GetString()!)).ToList();
        Assert.True(pairs.Count > 5000, $"only {pairs.Count} golden words");
        var wrong = pairs.Where(p => SpanishStemmer.Stem(p.Word) != p.Stem)
            .Select(p => $"{p.Word} -> {SpanishStemmer.Stem(p.Word)}, lunr.es: {p.Stem}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} stems differ from lunr.es's:\n" + string.Join('\n', wrong.Take(30)));
    }
}
