using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Generation;

public class PaginationTests
{
    private static SiteFixture FiveArticles(string settings) => SiteFixture.Create(
        "-- site.yml --\ntitle: Lib\nbase_url: https://user.github.io/library/\n" + settings + "\n"
        + SiteFixture.MinimalTemplates.Replace(
            "-- templates/list.html --\n<h1>{{ section.title }}</h1>{{ for p in section.pages }}<a href=\"{{ p.url }}\">{{ p.title }}</a>{{ end }}",
            "-- templates/list.html --\n<h1>{{ title }}</h1>{{ for p in pager.pages }}<a href=\"{{ p.url }}\">{{ p.title }}</a>{{ end }}"
            + "|{{ pager.number }}/{{ pager.total }}|{{ pager.first_item }}-{{ pager.last_item }} of {{ pager.total_items }}|{{ pager.prev_url }}|{{ pager.next_url }}|", StringComparison.Ordinal)
        + string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"-- content/articles/a{i}.md --\n---\ntitle: A{i}\ndate: 2026-01-0{i}\ntags: [play]\n---\nText.\n")));

    private static string Page(ResourceGen.BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);

    [Fact]
    public void A_list_longer_than_page_size_continues_on_page_2_and_on()
    {
        using var site = FiveArticles("page_size: 2");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<h1>Articles</h1><a href=\"/library/articles/a5/\">A5</a><a href=\"/library/articles/a4/\">A4</a>|1/3|1-2 of 5||/library/articles/page/2/|",
            Page(result, "articles/index.html"));
        Assert.Contains("<h1>Articles, page 2 of 3</h1><a href=\"/library/articles/a3/\">A3</a><a href=\"/library/articles/a2/\">A2</a>|2/3|3-4 of 5|/library/articles/|/library/articles/page/3/|",
            Page(result, "articles/page/2/index.html"));
        Assert.Contains("<a href=\"/library/articles/a1/\">A1</a>|3/3|5-5 of 5|/library/articles/page/2/||", Page(result, "articles/page/3/index.html"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("articles/page/1/", StringComparison.Ordinal) || f.Path.StartsWith("articles/page/4/", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "tags/play/page/3/index.html");
        Assert.Contains("<loc>https://user.github.io/library/articles/page/2/</loc>", Page(result, "sitemap.xml"));
    }

    [Fact]
    public void The_window_links_the_first_and_last_pages_and_two_either_side()
    {
        var pager = new ResourceGen.Generation.Pager([], 6, 20, 240, 12, "/a/", "/a/page/{n}/");

        Assert.Equal([1, 4, 5, 6, 7, 8, 20], pager.Window.Select(l => l.Number));
        Assert.Equal("/a/", pager.Window[0].Url);
        Assert.Equal("/a/page/20/", pager.Window[^1].Url);
        Assert.Equal("/a/page/5/", pager.PrevUrl);
        Assert.Equal("/a/page/7/", pager.NextUrl);
        Assert.Equal(61, pager.FirstItem);
    }

    [Fact]
    public void Without_page_size_a_list_of_up_to_12_has_one_page()
    {
        using var site = FiveArticles("");

        var result = site.Build();

        Assert.Contains("|1/1|1-5 of 5|||", Page(result, "articles/index.html"));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("/page/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_list_still_has_its_first_page()
    {
        using var site = FiveArticles("page_size: 2");

        var result = site.Build();

        Assert.Contains("<h1>Checklists</h1>|1/1|", Page(result, "checklists/index.html"));
    }

    [Fact]
    public void Robots_txt_allows_crawlers_and_points_to_the_sitemap()
    {
        using var site = FiveArticles("");

        var result = site.Build();

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://user.github.io/library/sitemap.xml\n", Page(result, "robots.txt"));
    }
}
