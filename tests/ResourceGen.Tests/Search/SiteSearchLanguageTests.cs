using System.Text.Json;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

/// <summary>
/// The sample library's Spanish search as the site writes it: <c>/es/search-index.json</c> loads in lunr.js with
/// lunr-languages' <c>lunr.es</c> registered, and the search page's engine over <c>/es/search/</c> with the Spanish
/// module gives the same results for Spanish queries.
/// </summary>
public class SiteSearchLanguageTests(LunrCompatFixture lunr) : IClassFixture<LunrCompatFixture>
{
    [Fact]
    public void The_spanish_lunr_export_loads_with_lunr_es_and_the_page_finds_what_lunr_finds()
    {
        using var site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var folder = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "site-es-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in result.Files.Where(f => f.Path.StartsWith("es/search", StringComparison.Ordinal)))
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
            var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "es", "search-index.json"))).RootElement;
            Assert.Equal(["trimmer-es", "stemmer-es"], index.GetProperty("pipeline").EnumerateArray().Select(e => e.GetString()));
            var refs = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "es", "search-docs.json"))).RootElement.EnumerateObject().Select(p => p.Name).ToList();
            File.WriteAllBytes(Path.Combine(folder, "es", "refs.json"), JsonSerializer.SerializeToUtf8Bytes(refs));
            string[] queries = ["niños", "niño", "NIÑAS", "práctica en casa", "rutina", "motricidad", "botones", "terapeuta", "the"];
            File.WriteAllBytes(Path.Combine(folder, "queries.json"), JsonSerializer.SerializeToUtf8Bytes(queries));

            var (exitCode, output) = lunr.RunScript("sharded-compare.mjs",
                [Path.Combine(RepoPaths.Root, "templates", "assets"), Path.Combine(folder, "es", "search-index.json"), Path.Combine(folder, "es", "search"),
                    Path.Combine(folder, "queries.json"), "search-stemmer-es.js"]);

            Assert.True(exitCode == 0, $"sharded-compare.mjs exited with {exitCode}:\n{output}");
            var summary = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
            var empty = summary.GetProperty("empty").EnumerateArray().Select(q => q.GetString()).ToHashSet();
            Assert.DoesNotContain("niños", empty);
            Assert.DoesNotContain("niño", empty);
            Assert.Equal(Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.es.md", SearchOption.AllDirectories).Length, refs.Count);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
