namespace ResourceGen.Tests.Search;

/// <summary>
/// Seeded search-box queries over a spec's own words: single and double words, prefixes, one- and two-edit typos,
/// stop words, unicode, upper case, lunr syntax typed by hand, and queries longer than the 12 words the page keeps.
/// </summary>
internal static class ShardedQueryBattery
{
    private static readonly string[] Unicode = ["café", "naïve", "ΟΔΟΣ", "Straße", "İstanbul", "😀", "x-ray", "children's", "self-regulation", "2020", "3.5"];

    /// <summary><paramref name="count"/> queries drawn with <paramref name="seed"/>.</summary>
    public static List<string> Create(LunrCompatSpec spec, int count, int seed)
    {
        var random = new Random(seed);
        var words = spec.Documents.SelectMany(d => d.Values).SelectMany(v => v.Value switch
        {
            string text => text.Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries),
            IEnumerable<object?> list => list.OfType<string>(),
            _ => [],
        }).Where(w => w.Length > 0).ToArray();
        var longWords = words.Where(w => w.Length >= 6 && w.All(char.IsLetter)).ToArray();
        string Word() => words[random.Next(words.Length)];
        string LongWord() => longWords[random.Next(longWords.Length)];
        var queries = new List<string>(count) { "zzqxj", "the and of", "+-:^~*", "" };
        while (queries.Count < count)
        {
            queries.Add((queries.Count % 12) switch
            {
                0 => Word(),
                1 => Word() + " " + Word(),
                2 => LongWord()[..random.Next(1, 5)],
                3 => Typo(random, LongWord(), 1),
                4 => Typo(random, LongWord(), 2),
                5 => "the " + Word() + " of and " + Word(),
                6 => Unicode[random.Next(Unicode.Length)] + (random.Next(2) == 0 ? "" : " " + Word()),
                7 => string.Join(' ', Enumerable.Range(0, random.Next(12, 16)).Select(_ => Word())),
                8 => $"+{Word()} -{Word()} title:{LongWord()}~2 {Word()}^3 *",
                9 => Word().ToUpperInvariant(),
                10 => Typo(random, LongWord(), 1) + " " + Word(),
                _ => LongWord() + " " + LongWord()[..3],
            });
        }
        return queries;
    }

    private static string Typo(Random random, string word, int edits)
    {
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(word.Length - 1);
            var letter = (char)('a' + random.Next(26));
            word = random.Next(4) switch
            {
                0 => word.Remove(at, 1),
                1 => word.Insert(at, letter.ToString()),
                2 => word[..at] + letter + word[(at + 1)..],
                _ => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            };
        }
        return word;
    }
}
