using System.Text;
using System.Text.Json;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

public class SearchIndexGeneratorTests(LunrCompatFixture lunr) : IClassFixture<LunrCompatFixture>
{
    private const string Site = """
        -- site.yml --
        title: Lib
        base_url: https://user.github.io/library/
        search:
          boosts: {title: 10, tags: 5, summary: 2, body: 1}
        -- content/articles/handwriting.md --
        ---
        title: Handwriting at home
        date: 2026-02-01
        tags: [school-age, fine-motor]
        audience: parents
        summary: Short practice for pencil grip.
        ---
        Practise letters with a chunky pencil.
        -- content/activities/obstacle.md --
        ---
        title: Obstacle course
        date: 2026-01-01
        tags: [gross-motor]
        ---
        Crawl under the table, then climb over cushions. Handwriting comes later.
        -- content/checklists/bag.md --
        ---
        title: School bag
        ---
        - [ ] Pencil case

        """;

    [Fact]
    public void The_index_loads_in_lunr_js_and_ranks_like_the_site_expects()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var indexPath = Path.Combine(site.Root, "search-index.json");
        File.WriteAllBytes(indexPath, result.Files.Single(f => f.Path == "search-index.json").Bytes);
        var docs = JsonDocument.Parse(result.Files.Single(f => f.Path == "search-docs.json").Bytes).RootElement;
        string Title(string reference) => docs.GetProperty(reference).GetProperty("title").GetString()!;

        var found = lunr.Search(indexPath, "handwriting", "school", "crawl", "hand*", "pencil");

        Assert.Equal(["Handwriting at home", "Obstacle course"], found[0].Select(Title));
        Assert.Equal(["School bag", "Handwriting at home"], found[1].Select(Title));
        Assert.Equal(["Obstacle course"], found[2].Select(Title));
        Assert.Equal("Handwriting at home", Title(found[3][0]));
        Assert.Equal(["Handwriting at home", "School bag"], found[4].Select(Title));
    }

    [Fact]
    public void The_docs_store_holds_what_a_result_shows_with_base_path_URLs()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);

        var result = site.Build();

        var docs = JsonDocument.Parse(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search-docs.json").Bytes)).RootElement;
        var first = docs.GetProperty("0");
        Assert.Equal("/library/articles/handwriting/", first.GetProperty("url").GetString());
        Assert.Equal("article", first.GetProperty("type").GetString());
        Assert.Equal("Short practice for pencil grip.", first.GetProperty("summary").GetString());
        Assert.Equal(["school-age", "fine-motor"], first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["parents"], first.GetProperty("audience").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2026-02-01", first.GetProperty("date").GetString());
        Assert.Equal(3, docs.EnumerateObject().Count());
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(1295, "zz")]
    public void Refs_are_base_36_numbers(int index, string expected) =>
        Assert.Equal(expected, ResourceGen.Generation.SearchIndexGenerator.ShortRef(index));
}
