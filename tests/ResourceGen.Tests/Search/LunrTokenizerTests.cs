using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class LunrTokenizerTests
{
    [Fact]
    public void Splits_at_whitespace_and_hyphens_and_drops_empty_pieces() =>
        Assert.Equal(["calm", "corner", "guide", "now", "self", "regulate"],
            LunrTokenizer.Tokenize("  Calm  corner-guide\tnow--self-regulate- "));

    [Fact]
    public void Separators_are_exactly_javascripts_whitespace_and_the_hyphen()
    {
        // Measured in node 20: every UTF-16 unit c with /[\s\-]/.test(c).
        var expected = new HashSet<char>("\t\n\v\f\r -\u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF");
        for (var c = '\u2000'; c <= '\u200A'; c++) expected.Add(c);
        for (var c = char.MinValue; c < char.MaxValue; c++) Assert.True(expected.Contains(c) == LunrTokenizer.IsSeparator(c), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("a\u00A0b", new[] { "a", "b" })] // NBSP separates in JavaScript
    [InlineData("a\u2003b", new[] { "a", "b" })] // EM SPACE
    [InlineData("a\uFEFFb", new[] { "a", "b" })] // BOM: JavaScript whitespace, not char.IsWhiteSpace
    [InlineData("a\u0085b", new[] { "a\u0085b" })] // NEL: char.IsWhiteSpace, not JavaScript whitespace
    [InlineData("a\u200Bb", new[] { "a\u200Bb" })] // ZERO WIDTH SPACE is not whitespace
    [InlineData("a\u180Eb", new[] { "a\u180Eb" })] // MONGOLIAN VOWEL SEPARATOR left Zs in Unicode 6.3
    [InlineData("a\u2028b\u2029c", new[] { "a", "b", "c" })]
    public void Unicode_spaces_follow_javascript(string text, string[] tokens) =>
        Assert.Equal(tokens, LunrTokenizer.Tokenize(text));

    [Theory]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ΟΔΟΣ ΣΑΣ.", "οδος σας.")]
    [InlineData("ΑΣ'Β", "ασ'β")]
    [InlineData("Σ", "σ")]
    [InlineData("Straße ǅemal 𐐀", "straße ǆemal 𐐨")]
    public void Lowercases_like_javascript(string text, string lowered) =>
        Assert.Equal(lowered, string.Join(' ', LunrTokenizer.Tokenize(text)));

    [Fact]
    public void A_list_gives_one_lowercased_token_per_item_without_splitting() =>
        Assert.Equal(["school-age", "two words", "", "x"],
            LunrTokenizer.TokenizeItems(new string?[] { "School-Age", "Two Words", null, "X" }));

    [Fact]
    public void Missing_and_empty_values_give_no_tokens()
    {
        Assert.Empty(LunrTokenizer.Tokenize((string?)null));
        Assert.Empty(LunrTokenizer.Tokenize(""));
        Assert.Empty(LunrTokenizer.Tokenize(" - \t"));
        Assert.Empty(LunrTokenizer.Tokenize(LunrFieldValue.Missing));
        Assert.Empty(LunrTokenizer.TokenizeItems(Array.Empty<string?>()));
    }
}
