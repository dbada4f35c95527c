using ResourceGen.Model;

namespace ResourceGen.Tests.Model;

public class RelatedPagesTests
{
    [Fact]
    public void Pages_sharing_the_most_tags_come_first_and_the_newest_wins_a_tie()
    {
        string[][] tags = [["a", "b"], ["a"], ["a", "b"], ["b", "c"], ["c"], []];

        var related = RelatedPages.Find(tags);

        Assert.Equal([2, 1, 3], related[0]);
        Assert.Equal([0, 2], related[1]);
        Assert.Equal([3], related[4]);
        Assert.Empty(related[5]);
    }

    // Bitsets of 64 pages a word: sizes around a word's edge, tags on many pages (bitsets) and on few (lists).
    [Theory]
    [InlineData(1, 1, 3)]
    [InlineData(63, 4, 5)]
    [InlineData(64, 4, 5)]
    [InlineData(65, 6, 9)]
    [InlineData(700, 12, 7)]
    [InlineData(3000, 400, 5)]
    public void Agrees_with_counting_every_pair(int pages, int distinctTags, int mostTagsOnAPage)
    {
        var random = new Random(pages * 31 + distinctTags);
        var tags = Enumerable.Range(0, pages)
            .Select(_ => Enumerable.Range(0, random.Next(mostTagsOnAPage + 1)).Select(_ => $"t{Skewed(random, distinctTags)}").Distinct().ToArray())
            .ToArray();

        var related = RelatedPages.Find(tags);

        for (var i = 0; i < pages; i++) Assert.Equal(ByCountingPairs(tags, i), related[i]);
    }

    // A few tags on most pages, the rest on few, as on a real site.
    private static int Skewed(Random random, int distinct) => (int)(distinct * Math.Pow(random.NextDouble(), 3));

    private static int[] ByCountingPairs(string[][] tags, int page) =>
        [.. Enumerable.Range(0, tags.Length)
            .Where(other => other != page)
            .Select(other => (Other: other, Shared: tags[other].Intersect(tags[page]).Count()))
            .Where(p => p.Shared > 0)
            .OrderByDescending(p => p.Shared).ThenBy(p => p.Other)
            .Take(RelatedPages.Count)
            .Select(p => p.Other)];
}
