using System.Text.Json;
using ResourceGen.Search;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

/// <summary>
/// The search page's sharded engine (templates/assets/search-engine.js) against lunr.js 2.3.9 over the whole
/// index, in node: for every query the same results with the same scores, in the same order up to equal scores,
/// and the same "similar words" verdict. See lunr-compat/sharded-compare.mjs.
/// </summary>
public class ShardedSearchCompatTests(LunrCompatFixture lunr) : IClassFixture<LunrCompatFixture>
{
    [Fact]
    public void The_sharded_engine_ranks_a_random_corpus_exactly_as_lunr_does()
    {
        var spec = LunrCompatSpec.Load(Path.Combine(LunrCompatFixture.Folder, "spec-edge-cases.json"));
        RandomCorpus.AddTo(spec, count: 10_000, seed: 20261203);
        var queries = ShardedQueryBattery.Create(spec, count: 300, seed: 15);
        var summary = CompareWithLunr(lunr, spec.BuildIndex(), queries);
        Assert.InRange(summary.GetProperty("withResults").GetInt32(), queries.Count / 2, queries.Count);
    }

    /// <summary>
    /// Writes <paramref name="index"/> as shards and as a lunr export, runs <paramref name="queries"/> through both in
    /// node (the engine with <paramref name="stemmer"/>, lunr.js with the index's pipeline) and returns the summary.
    /// </summary>
    internal static JsonElement CompareWithLunr(LunrCompatFixture lunr, LunrIndex index, IReadOnlyList<string> queries, string? stemmer = null)
    {
        var none = (IReadOnlyList<string>)[];
        var files = SearchShardWriter.Write(index, [new SearchFacetGroup("type", [.. index.DocumentRefs.Select(_ => none)])],
            [.. index.DocumentRefs.Select(r => JsonSerializer.SerializeToUtf8Bytes(new { title = r }))]);
        var folder = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "sharded-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
            File.WriteAllBytes(Path.Combine(folder, "index.json"), LunrIndexSerializer.Serialize(index));
            File.WriteAllBytes(Path.Combine(folder, "refs.json"), JsonSerializer.SerializeToUtf8Bytes(index.DocumentRefs));
            File.WriteAllBytes(Path.Combine(folder, "queries.json"), JsonSerializer.SerializeToUtf8Bytes(queries));

            string[] arguments = [Path.Combine(RepoPaths.Root, "templates", "assets"), Path.Combine(folder, "index.json"), Path.Combine(folder, "search"), Path.Combine(folder, "queries.json")];
            var (exitCode, output) = lunr.RunScript("sharded-compare.mjs", stemmer is null ? arguments : [.. arguments, stemmer]);

            Assert.True(exitCode == 0, $"sharded-compare.mjs exited with {exitCode}:\n{output}");
            var summary = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
            Assert.Equal(queries.Count, summary.GetProperty("queries").GetInt32());
            return summary;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
