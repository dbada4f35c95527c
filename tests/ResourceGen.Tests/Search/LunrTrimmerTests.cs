using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

public class LunrTrimmerTests
{
    [Theory]
    [InlineData("Café", "Caf")] // JavaScript's \W is ASCII-only, so é is trimmed
    [InlineData("naïve", "naïve")]
    [InlineData("—", "")]
    [InlineData("...", "")]
    [InlineData("child's", "child's")]
    [InlineData("'child'", "child")]
    [InlineData("(hello),", "hello")]
    [InlineData("«quote»", "quote")]
    [InlineData("_init_", "_init_")]
    [InlineData("3.5", "3.5")]
    [InlineData("", "")]
    public void Trims_ascii_non_word_characters_from_both_ends(string token, string trimmed) =>
        Assert.Equal(trimmed, LunrLanguage.En.Trimmer.Trim(token));

    [Theory]
    [InlineData("child's", "child'")]
    [InlineData("Café", "caf")]
    [InlineData("—", "")]
    [InlineData("the", null)]
    [InlineData("The.", null)]
    [InlineData("running", "run")]
    public void The_pipeline_trims_drops_stop_words_and_stems(string token, string? term) =>
        Assert.Equal(term, LunrLanguage.En.Term(token.ToLowerInvariant()));
}
