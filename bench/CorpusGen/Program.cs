using System.Globalization;
using ResourceGen.Bench.CorpusGen;

// Writes a complete, buildable site of N generated resources (the benchmark corpus of issue 8).
// Usage: dotnet run -c Release --project bench/CorpusGen -- N OUT_DIR [--seed 20261128] [--templates DIR]
if (args.Length < 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var count) || count < 1)
{
    Console.Error.WriteLine("usage: CorpusGen N OUT_DIR [--seed S] [--templates DIR]");
    return 2;
}
var seed = Option("--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 20261128;
var templates = Option("--templates") ?? RepositoryTemplates();
var written = new CorpusWriter(args[1], seed).Write(count, templates);
Console.WriteLine($"Wrote {written} pages to {Path.GetFullPath(args[1])} (seed {seed})");
return 0;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string RepositoryTemplates()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ResourceGen.sln"))) return Path.Combine(dir.FullName, "templates");
    }
    throw new InvalidOperationException("templates not found: pass --templates DIR");
}
