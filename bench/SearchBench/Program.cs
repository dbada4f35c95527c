using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using ResourceGen.Generation;
using ResourceGen.Search;

// Builds the search index of N generated documents, or of a site's pages, the way the site build does
// (title^10, tags^5, summary^2, body), times it, and writes the documents as JSON so lunr.js can index the very
// same ones (bench/lunr-build.js).
// Usage: dotnet run -c Release --project bench/SearchBench -- (N | --site DIR) docs.json index.json
if (args[0] == "--site") args = [args[1], .. args[2..]];
var documents = Directory.Exists(args[0]) ? SiteDocuments.Load(args[0]) : BenchCorpus.Generate(int.Parse(args[0]), seed: 20261128);
var count = documents.Count;
File.WriteAllText(args[1], JsonSerializer.Serialize(documents));

var stopwatch = Stopwatch.StartNew();
var builder = new LunrIndexBuilder();
builder.Field("title", 10);
builder.Field("tags", 5);
builder.Field("summary", 2);
builder.Field("body");
for (var i = 0; i < documents.Count; i++)
{
    var d = documents[i];
    builder.Add(SearchIndexGenerator.ShortRef(i), [d.Title, d.Tags, d.Summary, d.Body]);
}
var json = LunrIndexSerializer.Serialize(builder.Build());
var seconds = stopwatch.Elapsed.TotalSeconds;
File.WriteAllBytes(args[2], json);

var gzipped = new MemoryStream();
using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(json);
Console.WriteLine(JsonSerializer.Serialize(new { docs = count, seconds, bytes = json.Length, gzip = gzipped.Length }));

/// <summary>A seeded corpus: ~600-word bodies drawn from a Zipf-like vocabulary, 2–5 tags of 40.</summary>
internal static class BenchCorpus
{

    public static List<Document> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 20_000);
        var tags = Enumerable.Range(0, 40).Select(i => $"{vocabulary[i * 7 + 50]}-{vocabulary[i * 11 + 90]}").ToArray();
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[Zipf(random, vocabulary.Length)]));
        return Enumerable.Range(0, count).Select(_ => new Document(
            Words(random.Next(3, 8)),
            string.Join(' ', tags.OrderBy(_ => random.Next()).Take(random.Next(2, 6))),
            Words(random.Next(15, 35)) + ".",
            string.Join(". ", Enumerable.Range(0, 40).Select(_ => Words(15))) + ".")).ToList();
    }

    private static int Zipf(Random random, int size) => Math.Min(size - 1, (int)Math.Floor(Math.Pow(size, random.NextDouble())) - 1);

    private static string[] Vocabulary(Random random, int size)
    {
        string[] syllables = ["ba", "ca", "da", "fe", "ge", "hi", "jo", "ka", "le", "mi", "no", "pa", "qui", "ro", "sa", "te", "ul", "ve", "wa", "yo", "zen", "ing", "ed", "er", "tion", "ly", "ness", "ment", "ful", "ous"];
        var words = new HashSet<string>();
        while (words.Count < size)
            words.Add(string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => syllables[random.Next(syllables.Length)])));
        return [.. words];
    }
}

/// <summary>One document of the index: the four fields the site build indexes.</summary>
internal sealed record Document(string Title, string Tags, string Summary, string Body);
