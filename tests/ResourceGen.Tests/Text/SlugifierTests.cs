using ResourceGen.Text;

namespace ResourceGen.Tests.Text;

public class SlugifierTests
{
    [Theory]
    [InlineData("Why Practice at Home", "why-practice-at-home")]
    [InlineData("Fine Motor", "fine-motor")]
    [InlineData("fine-motor", "fine-motor")]
    [InlineData("  fine   motor  ", "fine-motor")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("Ça va? Ōkay!", "ca-va-okay")]
    [InlineData("Parent's guide: part 2", "parents-guide-part-2")]
    [InlineData("Straße", "strasse")]
    [InlineData("Games & play", "games-and-play")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("日本語", "")]
    public void Slugify_lowercases_folds_accents_and_turns_punctuation_into_hyphens(string input, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(input));

    [Theory]
    [InlineData("home-practice", true)]
    [InlineData("a1", true)]
    [InlineData("Home", false)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_lowercase_letters_digits_and_hyphens(string slug, bool valid) =>
        Assert.Equal(valid, Slugifier.IsValid(slug));
}
