using System.Text;
using System.Text.Json;

namespace ResourceGen.Tests.Search;

/// <summary>
/// A seeded random corpus of Spanish words for the compatibility test: the words of spanish-stemmer-golden.json and
/// lunr.es's stop words, with Spanish punctuation and capitals, and queries over them.
/// </summary>
internal static class SpanishCorpus
{
    private static readonly string[] Decorations = ["", "", "", "", ",", ".", ";", ":", "¿", "?", "¡", "!", "«", "»", "—", "…"];

    /// <summary>Adds <paramref name="count"/> documents with refs "es0", "es1"… and some queries over them.</summary>
    public static void AddTo(LunrCompatSpec spec, int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary();
        string Word() => vocabulary[random.Next(vocabulary.Length)];
        string Text(int words)
        {
            var text = new StringBuilder();
            for (var i = 0; i < words; i++)
            {
                var word = Word();
                if (random.Next(10) == 0) word = word.ToUpperInvariant();
                text.Append(i > 0 ? " " : "").Append(Decorations[random.Next(Decorations.Length)]).Append(word)
                    .Append(Decorations[random.Next(Decorations.Length)]);
            }
            return text.ToString();
        }
        for (var d = 0; d < count; d++)
        {
            spec.Documents.Add(("es" + d, [("title", Text(random.Next(0, 8))), ("body", Text(random.Next(0, 80))), ("tags", new[] { Word(), Word() })]));
        }
        for (var q = 0; q < 20; q++) spec.Queries.Add(Word());
        spec.Queries.AddRange([Word() + " " + Word(), "+" + Word() + " +" + Word(), Word()[..1] + "*", Word() + "~1", "title:" + Word()]);
    }

    private static string[] Vocabulary()
    {
        using var stems = JsonDocument.Parse(File.ReadAllText(Path.Combine(LunrCompatFixture.Folder, "spanish-stemmer-golden.json")));
        using var pipeline = JsonDocument.Parse(File.ReadAllText(Path.Combine(LunrCompatFixture.Folder, "spanish-pipeline-golden.json")));
        return
        [
            .. stems.RootElement.EnumerateArray().Select(p => p[0].GetString()!).Where(w => w.Length > 0 && !w.Contains('*')),
            .. pipeline.RootElement.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()!),
        ];
    }
}
