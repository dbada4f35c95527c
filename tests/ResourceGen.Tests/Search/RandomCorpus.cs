using System.Text;

namespace ResourceGen.Tests.Search;

/// <summary>
/// A seeded random corpus for the compatibility test: Zipf-distributed pseudo-words with English suffixes (so every
/// Porter step runs), stop words, punctuation, capitals, accents, numbers, hyphens and tags, with base-36 refs.
/// </summary>
internal static class RandomCorpus
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "y", "br", "ch", "cl", "sh", "st", "tr", "th", "qu", ""];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "y", "ai", "ea", "ou", "ee"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "t", "l", "ll", "ss", "ck", "nd", "st", "z"];
    private static readonly string[] Suffixes = ["", "", "", "s", "es", "ies", "ed", "ing", "ly", "y", "ness", "ful", "fulness", "ational",
        "ization", "ation", "ator", "alism", "iveness", "ousness", "aliti", "iviti", "biliti", "logi", "enci", "anci", "izer", "bli",
        "alli", "entli", "eli", "ousli", "icate", "ative", "alize", "iciti", "ical", "ance", "ence", "er", "ic", "able", "ible",
        "ant", "ement", "ment", "ent", "sion", "tion", "ism", "ate", "iti", "ous", "ive", "ize", "e", "eed", "at", "bl", "iz"];
    private static readonly string[] Fixed = ["the", "and", "of", "a", "to", "in", "is", "calm", "routine", "sleep", "child",
        "children's", "self-regulation", "café", "naïve", "2020", "3.5", "—", "...", "constructor", "__proto__", "don't", "home-school",
        "ΟΔΟΣ", "İstanbul", "Straße", "😀", "x-ray"];
    private static readonly string[] Decorations = [",", ".", ";", ":", "!", "?", "'s", "’s", ")", "\"", "”", "…"];

    /// <summary>Adds <paramref name="count"/> documents (refs are base-36 numbers, skipping refs already used) and some queries over them.</summary>
    public static void AddTo(LunrCompatSpec spec, int count, int seed)
    {
        var used = spec.Documents.Select(d => d.Ref).ToHashSet(StringComparer.Ordinal);
        var nextRef = 0;
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 3000);
        var tags = Enumerable.Range(0, 40).Select(i => i % 5 == 0 ? vocabulary[i] + "-" + vocabulary[i + 40] : vocabulary[i * 3]).ToArray();
        for (var d = 0; d < count; d++)
        {
            var docRef = ToBase36(nextRef++);
            while (!used.Add(docRef)) docRef = ToBase36(nextRef++);
            var values = new List<(string Field, object? Value)>
            {
                ("title", Text(random, vocabulary, random.Next(0, 8))),
            };
            if (random.Next(100) > 0) values.Add(("body", Text(random, vocabulary, random.Next(0, 120))));
            var docTags = Enumerable.Range(0, random.Next(0, 5)).Select(_ => tags[random.Next(tags.Length)]).ToArray();
            values.Add(("tags", random.Next(3) == 0 ? string.Join(' ', docTags) : docTags));
            spec.Documents.Add((docRef, values));
            if (random.Next(20) == 0) spec.DocBoosts[docRef] = new[] { 2, 0.5, 1.5, 3, 0.1 }[random.Next(5)];
        }

        string W() => vocabulary[Zipf(random, vocabulary.Length)];
        spec.Queries.AddRange(
        [
            W(), W() + " " + W(), vocabulary[0], vocabulary[2999], W()[..2] + "*", "*" + W()[^2..], W() + "~1", W() + "~2",
            "title:" + W(), "tags:" + tags[3], "+" + W() + " +" + W(), W() + " -" + W(), W() + "^5 " + W(), "body:" + W() + "^3 title:" + W(),
            W()[..1] + "*" + W()[^1..], "-" + W(), W().ToUpperInvariant(), tags[0],
        ]);
    }

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new List<string>(Fixed);
        var seen = new HashSet<string>(words);
        while (words.Count < size)
        {
            var word = new StringBuilder();
            for (var s = random.Next(1, 4); s > 0; s--) word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
            word.Append(Suffixes[random.Next(Suffixes.Length)]);
            if (word.Length > 1 && seen.Add(word.ToString())) words.Add(word.ToString());
        }
        // Shuffle so that Zipf ranks are not the fixed words.
        for (var i = words.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (words[i], words[j]) = (words[j], words[i]);
        }
        return [.. words];
    }

    private static string Text(Random random, string[] vocabulary, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) text.Append(random.Next(30) == 0 ? (random.Next(2) == 0 ? "-" : "\u00A0") : " ");
            var word = vocabulary[Zipf(random, vocabulary.Length)];
            var roll = random.Next(100);
            if (roll < 8) word = char.ToUpperInvariant(word[0]) + word[1..];
            else if (roll < 10) word = word.ToUpperInvariant();
            else if (roll < 11) word += "é";
            else if (roll < 12) word = random.Next(10000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            else if (roll < 13) word = "(" + word;
            if (random.Next(100) < 12) word += Decorations[random.Next(Decorations.Length)];
            text.Append(word);
        }
        return text.ToString();
    }

    // Zipf(1): rank r is drawn with probability about 1/r.
    private static int Zipf(Random random, int size) => Math.Min(size - 1, (int)Math.Pow(size, random.NextDouble()) - 1);

    private static string ToBase36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0) return "0";
        var text = new StringBuilder();
        for (; value > 0; value /= 36) text.Insert(0, digits[value % 36]);
        return text.ToString();
    }
}
