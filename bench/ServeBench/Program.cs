using System.Globalization;
using System.Text.Json;
using ResourceGen.Bench.ServeBench;

// Edits one article of a site that `resourcegen serve` is serving, N times, and measures for each save: save to
// pages rebuilt (the server's timestamp in the reload event), save to browser reload (the reload event arriving
// here, as it arrives in an open tab), and save to every output written (the search index, held back for speed).
// Usage: ServeBench SITE_DIR ORIGIN [edits=20]
var site = args[0];
var origin = args[1];
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var article = Directory.EnumerateFiles(Path.Combine(site, "content", "articles"), "*.md").Order(StringComparer.Ordinal).First();
var original = await File.ReadAllTextAsync(article);

await using var events = await EventStream.ConnectAsync(new Uri(new Uri(origin), "/__resourcegen/events"));
var rebuilt = new List<double>();
var reloaded = new List<double>();
var complete = new List<double>();
for (var i = 1; i <= edits; i++)
{
    var saved = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    await File.WriteAllTextAsync(article, original + $"\nBenchmark edit {i}: the child practised threading beads {i} times today.\n");
    var reload = await events.NextAsync("reload");
    reloaded.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - saved);
    rebuilt.Add(Finished(reload.Data) - saved);
    var done = await events.NextAsync("complete");
    complete.Add(Finished(done.Data) - saved);
    Console.Error.WriteLine($"edit {i,2}: rebuilt {rebuilt[^1],6:0} ms, reload received {reloaded[^1],6:0} ms, all outputs {complete[^1],6:0} ms");
    await Task.Delay(300);
}
await File.WriteAllTextAsync(article, original);
await events.NextAsync("complete");

Console.WriteLine($"edits: {edits}");
Console.WriteLine($"save to pages rebuilt   median {Median(rebuilt),6:0} ms   (min {rebuilt.Min(),6:0}, max {rebuilt.Max(),6:0})");
Console.WriteLine($"save to browser reload  median {Median(reloaded),6:0} ms   (min {reloaded.Min(),6:0}, max {reloaded.Max(),6:0})");
Console.WriteLine($"save to all outputs     median {Median(complete),6:0} ms   (min {complete.Min(),6:0}, max {complete.Max(),6:0})");
return 0;

static long Finished(string data) => JsonDocument.Parse(data).RootElement.GetProperty("finished").GetInt64();

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
