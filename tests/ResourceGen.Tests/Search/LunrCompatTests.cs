using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

/// <summary>
/// Builds indexes in C# and has lunr 2.3.9 (under node) build them from the same spec: the JSON must be identical
/// byte for byte and every query must return the same refs with the same scores. See lunr-compat/compat.js.
/// </summary>
public class LunrCompatTests(LunrCompatFixture lunr) : IClassFixture<LunrCompatFixture>
{
    private static string EdgeCasesPath => Path.Combine(LunrCompatFixture.Folder, "spec-edge-cases.json");

    [Fact]
    public void Edge_cases_index_exactly_as_lunr_indexes_them()
    {
        var spec = LunrCompatSpec.Load(EdgeCasesPath);
        // Lone surrogates cannot be read from the fixture with System.Text.Json, so this document is added here.
        spec.Documents.Add(("lone\uD800", [("title", "lone \uD800 surrogate x\uDC00y"), ("body", "\uD83D\uDE00 pair \uD83D")]));
        Assert.True(spec.Queries.Count >= 30);
        Compare(spec);
    }

    [Fact]
    public void A_random_corpus_indexes_exactly_as_lunr_indexes_it()
    {
        var spec = LunrCompatSpec.Load(EdgeCasesPath);
        RandomCorpus.AddTo(spec, count: 1000, seed: 20260314);
        Compare(spec);
    }

    [Fact]
    public void Spanish_documents_index_exactly_as_lunr_es_indexes_them()
    {
        var spec = LunrCompatSpec.Load(Path.Combine(LunrCompatFixture.Folder, "spec-spanish.json"));
        Assert.Same(LunrLanguage.Es, spec.Language);
        Compare(spec);
    }

    [Fact]
    public void A_random_spanish_corpus_indexes_exactly_as_lunr_es_indexes_it()
    {
        var spec = LunrCompatSpec.Load(Path.Combine(LunrCompatFixture.Folder, "spec-spanish.json"));
        SpanishCorpus.AddTo(spec, count: 300, seed: 20260316);
        Compare(spec);
    }

    [Fact]
    public void A_search_for_ninos_finds_nino_in_a_spanish_index()
    {
        var spec = LunrCompatSpec.Load(Path.Combine(LunrCompatFixture.Folder, "spec-spanish.json"));
        var path = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "lunr-es-" + Guid.NewGuid().ToString("N") + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.WriteAllBytes(path, LunrIndexSerializer.Serialize(spec.BuildIndex()));
            var results = lunr.Search(path, "niños", "canciones");
            Assert.Equal(["nino", "ninos"], results[0].Order().ToList());
            Assert.Contains("cancion", results[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void Compare(LunrCompatSpec spec)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "lunr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var specPath = Path.Combine(folder, "spec.json");
            var candidatePath = Path.Combine(folder, "candidate.json");
            File.WriteAllBytes(specPath, spec.ToJson());
            File.WriteAllBytes(candidatePath, LunrIndexSerializer.Serialize(spec.BuildIndex()));

            var (exitCode, output) = lunr.Compare(specPath, candidatePath);

            Assert.True(exitCode == 0, $"compat.js exited with {exitCode}:\n{output}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
