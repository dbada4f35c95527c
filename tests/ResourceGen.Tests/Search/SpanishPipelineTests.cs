using System.Text.Json;
using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

/// <summary>
/// <see cref="LunrLanguage.Es"/>'s stop words, trimmer and whole pipeline against lunr-languages 1.22.0's
/// <c>lunr.es</c>, as recorded in <c>spanish-pipeline-golden.json</c> by make-spanish-golden.js.
/// </summary>
public class SpanishPipelineTests
{
    private static readonly Lazy<JsonDocument> Golden =
        new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(LunrCompatFixture.Folder, "spanish-pipeline-golden.json"))));

    private static JsonElement Root => Golden.Value.RootElement;

    [Fact]
    public void Has_exactly_lunr_es_stop_words()
    {
        var expected = Root.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(308, expected.Count);
        Assert.True(expected.SetEquals(LunrLanguage.Es.StopWordFilter.Words),
            "differences: " + string.Join(' ', expected.Except(LunrLanguage.Es.StopWordFilter.Words).Concat(LunrLanguage.Es.StopWordFilter.Words.Except(expected))));
    }

    [Fact]
    public void Keeps_exactly_lunr_es_word_characters()
    {
        var ranges = Root.GetProperty("wordCharacters").EnumerateArray().Select(r => (First: r[0].GetInt32(), Last: r[1].GetInt32())).ToList();
        var wrong = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = ranges.Exists(r => r.First <= c && c <= r.Last);
            var kept = LunrLanguage.Es.Trimmer.Trim(((char)c).ToString()).Length == 1;
            if (kept != expected) wrong.Add($"U+{c:X4} {(kept ? "kept" : "trimmed")}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} characters differ from lunr.es.trimmer:\n" + string.Join('\n', wrong.Take(30)));
    }

    [Theory]
    [InlineData("¿niño?", "niño")]
    [InlineData("«canción»,", "canción")]
    [InlineData("_init_", "init")] // unlike lunr's \W, '_' is not a word character here
    [InlineData("año2024.", "año2024")]
    [InlineData("—", "")]
    public void Trims_non_word_characters_from_both_ends(string token, string trimmed) =>
        Assert.Equal(trimmed, LunrLanguage.Es.Trimmer.Trim(token));

    [Fact]
    public void Turns_texts_into_lunr_es_terms()
    {
        var texts = Root.GetProperty("texts").EnumerateArray()
            .Select(t => (Text: t[0].GetString()!, Terms: t[1].EnumerateArray().Select(term => term.GetString()!).ToList()))
            .ToList();
        Assert.True(texts.Count > 1000, $"only {texts.Count} golden texts");
        var wrong = new List<string>();
        foreach (var (text, expected) in texts)
        {
            var terms = LunrTokenizer.Tokenize(text).Select(LunrLanguage.Es.Term).OfType<string>().ToList();
            if (!terms.SequenceEqual(expected)) wrong.Add($"{text} -> [{string.Join(", ", terms)}], lunr.es: [{string.Join(", ", expected)}]");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} texts differ from lunr.es:\n" + string.Join('\n', wrong.Take(30)));
    }
}
