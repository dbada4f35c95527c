using System.Text.Json;
using ResourceGen.Output;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

/// <summary>The files of the sharded index as the build writes them, and the <c>search.lunr_export</c> switch.</summary>
public class SearchShardOutputTests
{
    private const string Site = """
        -- site.yml --
        title: Lib
        base_url: https://user.github.io/library/
        -- content/articles/handwriting.md --
        ---
        title: Handwriting at home
        date: 2026-02-01
        tags: [school-age, fine-motor]
        audience: [parents, educators]
        summary: Short practice for pencil grip.
        ---
        ## Pencil grip
        Practise letters with a chunky pencil.

        ## Posture at the table
        Feet flat on the floor.
        -- content/activities/obstacle.md --
        ---
        title: Obstacle course
        date: 2026-01-01
        tags: [gross-motor]
        ---
        Crawl under the table, then climb over cushions.
        -- templates/search.html --
        <h1>{{ title }}</h1>

        """;

    private static IReadOnlyList<OutputFile> Build(string extraSiteYml = "")
    {
        using var site = SiteFixture.Create(Site.Replace("title: Lib\n", "title: Lib\n" + extraSiteYml) + SiteFixture.MinimalTemplates);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files;
    }

    private static JsonElement Json(IReadOnlyList<OutputFile> files, string path) =>
        JsonDocument.Parse(files.Single(f => f.Path == path).Bytes).RootElement;

    private static IEnumerable<string> FuzzyShards(JsonElement manifest, int set) =>
        manifest.GetProperty($"fuzzy{set}").GetString()!.Chunk(8).Select((hash, shard) => $"f{set}/{shard}.{new string(hash)}.json");

    [Fact]
    public void The_manifest_names_files_that_exist_and_every_shard_name_carries_its_content_hash()
    {
        var files = Build();
        var paths = files.Select(f => f.Path).ToHashSet();
        var manifest = Json(files, "search/manifest.json");
        Assert.Equal(2, manifest.GetProperty("documents").GetInt32());
        Assert.Equal(["title", "tags", "summary", "body"], manifest.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var named = manifest.GetProperty("dictionary").EnumerateArray().Select(s => s[1].GetString()!)
            .Concat(FuzzyShards(manifest, 1)).Concat(FuzzyShards(manifest, 2))
            .Concat(manifest.GetProperty("tables").EnumerateArray().Select(s => s.GetString()!)).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.Contains("search/" + n, paths));
        var shards = files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path != "search/manifest.json" && !f.Path.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(shards, f =>
        {
            var hash = f.Path.Split('.')[^2];
            Assert.StartsWith(ResourceGen.Search.ShardFileName.Hash(f.Bytes, hash.Length / 2), hash);
        });
    }

    [Fact]
    public void Dictionary_entries_point_at_postings_that_hold_the_terms_documents()
    {
        var files = Build();
        var manifest = Json(files, "search/manifest.json");
        var entries = manifest.GetProperty("dictionary").EnumerateArray()
            .SelectMany(s => Json(files, "search/" + s[1].GetString()).EnumerateArray()).ToList();
        var crawl = entries.Single(e => e[0].GetString() == "crawl");
        var pack = files.Single(f => f.Path == "search/" + crawl[2].GetString()).Bytes;
        var record = pack.AsSpan(crawl[3].GetInt32(), crawl[4].GetInt32()).ToArray();
        var at = 0;
        int Next()
        {
            var (value, shift) = (0, 0);
            for (byte b = 0x80; (b & 0x80) != 0; shift += 7) value |= ((b = record[at++]) & 0x7f) << shift;
            return value;
        }
        var documents = new List<int[]>();
        for (var field = 0; field < 4; field++)
        {
            var docs = Enumerable.Range(0, Next()).Select(_ => Next()).ToArray();
            Assert.All(Enumerable.Range(0, docs.Length).Select(_ => Next()), weight => Assert.InRange(weight, 1, 100_000));
            documents.Add(docs);
        }
        // Only the obstacle course (document 1) says "crawl": in its body and in the summary taken from it.
        Assert.Equal([[], [], [1], [1]], documents);
        Assert.Equal(record.Length, at);
        Assert.Equal(entries.Count, entries.Select(e => e[1].GetInt32()).Distinct().Count());
    }

    [Fact]
    public void Cards_carry_the_headings_with_their_anchors()
    {
        var files = Build();
        var card = Json(files, files.Single(f => f.Path.StartsWith("search/c/0.", StringComparison.Ordinal)).Path)[0];
        Assert.Equal("/library/articles/handwriting/", card.GetProperty("url").GetString());
        var sections = card.GetProperty("sections").EnumerateArray().Select(s => (s[0].GetString(), s[1].GetString())).ToList();
        Assert.Equal([("Pencil grip", "pencil-grip"), ("Posture at the table", "posture-at-the-table")], sections);
    }

    [Fact]
    public void Cards_and_the_topic_filter_name_a_tag_by_its_slug_which_the_search_page_maps_to_its_name_and_url()
    {
        using var site = SiteFixture.CopyOf(RepoPaths.Root, "templates");
        site.Write("site.yml", "title: Lib\nbase_url: https://user.github.io/library/\n");
        site.Write("content/articles/grip.md", "---\ntitle: Grip\ndate: 2026-02-01\ntags: [Fine Motor]\n---\nPinch and hold.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var card = Json(result.Files, result.Files.Single(f => f.Path.StartsWith("search/c/0.", StringComparison.Ordinal)).Path)[0];
        Assert.Equal(["fine-motor"], card.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("\"fine-motor\"", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search/manifest.json").Bytes));
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search/index.html").Bytes);
        Assert.Contains("<span data-slug=\"fine-motor\" data-url=\"/library/tags/fine-motor/\">Fine Motor</span>", page);
        Assert.DoesNotContain("\"Fine Motor\"", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search/manifest.json").Bytes));
    }

    [Fact]
    public void The_lunr_export_is_written_by_default_and_lunr_export_false_turns_it_off()
    {
        var withExport = Build();
        var without = Build("search:\n  lunr_export: false\n");

        Assert.Contains(withExport, f => f.Path == "search-index.json");
        Assert.Contains(withExport, f => f.Path == "search-docs.json");
        Assert.DoesNotContain(without, f => f.Path is "search-index.json" or "search-docs.json");
        var shards = (IReadOnlyList<OutputFile> files) => files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);
        var a = shards(withExport);
        var b = shards(without);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.Equal(kv.Value, b[kv.Key]));
    }

    [Fact]
    public void A_changed_page_renames_only_the_shards_whose_bytes_changed()
    {
        var before = Build().Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);
        using var site = SiteFixture.Create(Site.Replace("Feet flat on the floor.", "Feet flat on the floor, knees bent.") + SiteFixture.MinimalTemplates);
        var after = site.Build().Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);

        var kept = before.Keys.Intersect(after.Keys).Where(p => p != "search/manifest.json" && p != "search/index.html").ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, p => Assert.Equal(before[p], after[p]));
        Assert.NotEqual(before["search/manifest.json"], after["search/manifest.json"]);
        Assert.Contains(after.Keys, p => !before.ContainsKey(p));
    }
}
