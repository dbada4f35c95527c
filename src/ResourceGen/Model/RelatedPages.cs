using System.Numerics;

namespace ResourceGen.Model;

/// <summary>
/// Finds each page's related resources: the pages sharing the most tags with it, ties broken newest first.
/// </summary>
/// <remarks>
/// Pages are bits of a bitset, so one 64-bit word holds 64 pages. For each page, the tags' bitsets are added bit by
/// bit into a few "planes" (plane p holds bit p of every page's count of shared tags), and the best pages are read
/// off the planes from the highest count down. The work grows with the pages divided by 64 times the tags of a page,
/// not with the pages that share a tag. A tag on few pages adds its pages one at a time instead, so its bitset is
/// never built: the bitsets take at most about as much memory as the lists of pages by tag.
/// </remarks>
internal static class RelatedPages
{
    /// <summary>How many related pages each page gets.</summary>
    public const int Count = 3;

    /// <summary>
    /// The related pages of every page, as indexes into <paramref name="tagSlugs"/>: each page's tag slugs, the pages
    /// sorted newest first.
    /// </summary>
    public static int[][] Find(IReadOnlyList<string[]> tagSlugs)
    {
        var pages = tagSlugs.Count;
        var words = (pages + 63) / 64;
        var pagesByTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var mostTags = 0;
        for (var i = 0; i < pages; i++)
        {
            mostTags = Math.Max(mostTags, tagSlugs[i].Length);
            foreach (var tag in tagSlugs[i])
            {
                if (!pagesByTag.TryGetValue(tag, out var list)) pagesByTag[tag] = list = [];
                list.Add(i);
            }
        }
        var tags = pagesByTag.ToDictionary(pair => pair.Key, pair => new TagPages(pair.Value, words), StringComparer.Ordinal);
        var planes = 32 - BitOperations.LeadingZeroCount((uint)mostTags);

        var result = new int[pages][];
        Parallel.For(0, pages, () => new SharedTagCounts(planes, words), (i, _, counts) =>
        {
            result[i] = Best(i, tagSlugs[i], tags, counts);
            return counts;
        }, _ => { });
        return result;
    }

    private static int[] Best(int page, string[] slugs, Dictionary<string, TagPages> tags, SharedTagCounts counts)
    {
        if (slugs.Length == 0) return [];
        foreach (var slug in slugs) tags[slug].AddTo(counts);
        var best = new List<int>(Count);
        for (var shared = slugs.Length; shared > 0 && best.Count < Count; shared--) counts.Collect(shared, page, best);
        counts.Clear();
        return [.. best];
    }

    /// <summary>
    /// How many tags each page shares with the current one, bit-sliced: word <c>w</c>'s plane <c>p</c> holds bit
    /// <c>p</c> of the counts of pages <c>64w</c> to <c>64w + 63</c>. Only the words touched are cleared and read.
    /// </summary>
    private sealed class SharedTagCounts(int planes, int words)
    {
        private readonly ulong[] _planes = new ulong[planes * words];
        private readonly ulong[] _touched = new ulong[(words + 63) / 64];

        /// <summary>Adds one to the count of each page whose bit is set in <paramref name="pages"/>, the pages of word <paramref name="word"/>.</summary>
        public void Add(int word, ulong pages)
        {
            _touched[word >> 6] |= 1UL << (word & 63);
            var carry = pages;
            for (var p = word * planes; carry != 0; p++)
            {
                var sum = _planes[p] ^ carry;
                carry &= _planes[p];
                _planes[p] = sum;
            }
        }

        /// <summary>Adds the pages that share exactly <paramref name="shared"/> tags, other than <paramref name="page"/>, newest first, until <paramref name="best"/> is full.</summary>
        public void Collect(int shared, int page, List<int> best)
        {
            foreach (var word in TouchedWords())
            {
                var match = ~0UL;
                for (var p = 0; p < planes; p++) match &= ((shared >> p) & 1) == 1 ? _planes[word * planes + p] : ~_planes[word * planes + p];
                if (word == page >> 6) match &= ~(1UL << (page & 63));
                for (; match != 0; match &= match - 1)
                {
                    best.Add(word * 64 + BitOperations.TrailingZeroCount(match));
                    if (best.Count == Count) return;
                }
            }
        }

        public void Clear()
        {
            foreach (var word in TouchedWords()) Array.Clear(_planes, word * planes, planes);
            Array.Clear(_touched);
        }

        private IEnumerable<int> TouchedWords()
        {
            for (var i = 0; i < _touched.Length; i++)
            {
                for (var bits = _touched[i]; bits != 0; bits &= bits - 1) yield return i * 64 + BitOperations.TrailingZeroCount(bits);
            }
        }
    }

    /// <summary>The pages of one tag: a bitset when the tag is on many pages, else the list.</summary>
    private sealed class TagPages(List<int> pages, int words)
    {
        private readonly ulong[]? _bits = pages.Count * 2 >= words ? BitsOf(pages, words) : null;

        private static ulong[] BitsOf(List<int> pages, int words)
        {
            var bits = new ulong[words];
            foreach (var page in pages) bits[page >> 6] |= 1UL << (page & 63);
            return bits;
        }

        /// <summary>Adds one to the count of each of the tag's pages.</summary>
        public void AddTo(SharedTagCounts counts)
        {
            if (_bits is null)
            {
                foreach (var page in pages) counts.Add(page >> 6, 1UL << (page & 63));
                return;
            }
            for (var w = 0; w < _bits.Length; w++)
            {
                if (_bits[w] != 0) counts.Add(w, _bits[w]);
            }
        }
    }
}
