using System.Text.Json;
using ResourceGen.Search;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

/// <summary>
/// The search page's language modules in node: templates/assets/search-stemmer-es.js against lunr-languages 1.22.0's
/// lunr.es (and search-stemmer.js, search-words.js; see lunr-compat/browser-stemmers.mjs), and the sharded engine
/// with the Spanish module over a lunr.es index against lunr.js with lunr.es registered.
/// </summary>
public class BrowserSpanishStemmerTests(LunrCompatFixture lunr) : IClassFixture<LunrCompatFixture>
{
    private static string Assets => Path.Combine(RepoPaths.Root, "templates", "assets");

    [Fact]
    public void The_page_modules_stem_trim_and_drop_stop_words_as_lunr_es_and_lunr_do()
    {
        var (exitCode, output) = lunr.RunScript("browser-stemmers.mjs", [Assets]);

        Assert.True(exitCode == 0, $"browser-stemmers.mjs exited with {exitCode}:\n{output}");
        var summary = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        Assert.Equal(0, summary.GetProperty("problems").GetInt32());
        Assert.True(summary.GetProperty("golden").GetInt32() > 5000, output);
        Assert.Equal(100_000, summary.GetProperty("random").GetInt32());
        Assert.Equal(308, summary.GetProperty("esStopWords").GetInt32());
        Assert.Equal(119, summary.GetProperty("enStopWords").GetInt32());
        Assert.True(summary.GetProperty("trimTokens").GetInt32() > 65536, output);
    }

    [Fact]
    public void The_sharded_engine_with_the_Spanish_module_ranks_a_Spanish_corpus_exactly_as_lunr_es_does()
    {
        var spec = LunrCompatSpec.Load(Path.Combine(LunrCompatFixture.Folder, "spec-spanish.json"));
        Assert.Same(LunrLanguage.Es, spec.Language);
        SpanishCorpus.AddTo(spec, count: 3000, seed: 20260114);
        string[] named = ["niños", "niño", "práctica", "casa"];
        var queries = new List<string>(named)
        {
            "NIÑOS", "¿niños?", "niña", "canciones", "cantábamos", "rápidamente", "vergüenza", "pingüinos", "jardin",
            "la escuela", "de la que el", "año 2024", "m²", "niño² casa", "οδος", "مرحبا", "日本語 niño", "niñoΩ",
        };
        queries.AddRange(spec.Queries);
        queries.AddRange(ShardedQueryBattery.Create(spec, count: 300, seed: 16));
        var summary = ShardedSearchCompatTests.CompareWithLunr(lunr, spec.BuildIndex(), queries, "search-stemmer-es.js");

        Assert.InRange(summary.GetProperty("withResults").GetInt32(), queries.Count / 2, queries.Count);
        var empty = summary.GetProperty("empty").EnumerateArray().Select(q => q.GetString()).ToHashSet();
        Assert.All(named, q => Assert.DoesNotContain(q, empty));
    }
}
