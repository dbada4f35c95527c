using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Generation;

public class SearchPageGeneratorTests
{
    private const string Site = "-- site.yml --\ntitle: Lib\nbase_url: https://user.github.io/library/\n";

    [Fact]
    public void A_theme_with_search_html_gets_a_search_page_and_the_lunr_asset()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + """
            -- templates/search.html --
            <h1>{{ title }}</h1><div data-lunr="{{ asset 'lunr.js' }}" data-index="{{ rel_url '/search-index.json' }}"></div>
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search/index.html").Bytes);
        var lunr = Assert.Single(result.Files, f => f.Path.StartsWith("assets/lunr.", StringComparison.Ordinal));
        Assert.Matches(@"^assets/lunr\.[0-9a-f]{10}\.js$", lunr.Path);
        Assert.Contains("e.version=\"2.3.9\"", Encoding.UTF8.GetString(lunr.Bytes));
        Assert.Contains($"data-lunr=\"/library/{lunr.Path}\"", page);
        Assert.Contains("data-index=\"/library/search-index.json\"", page);
        Assert.DoesNotContain(result.Files, f => f.Path == "sitemap.xml" && Encoding.UTF8.GetString(f.Bytes).Contains("/search/"));
    }

    [Fact]
    public void A_theme_without_search_html_has_no_search_page()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("search/", StringComparison.Ordinal));
    }
}
