using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Content;

public class UrlMapTests
{
    [Fact]
    public void A_shared_url_is_reported_on_every_file_that_shares_it_at_its_slug_line()
    {
        // Given an existing page, and a new one whose slug takes its URL (the new file sorts first)
        var existing = new PageAddress("content/articles/first.md", "/articles/first/", false, 1);
        var added = new PageAddress("content/articles/another.md", "/articles/first/", false, 4);
        var diagnostics = new DiagnosticBag();

        // When the URL map is built
        var urls = UrlMap.Build([added, existing], diagnostics);

        // Then both files get RG0201, each naming the other, and the first in file order keeps the URL
        Assert.Equal(
            [("content/articles/another.md", 4, "this page's URL /articles/first/ is also the URL of content/articles/first.md; rename one of the files or give it a different 'slug'"),
             ("content/articles/first.md", 1, "this page's URL /articles/first/ is also the URL of content/articles/another.md; rename one of the files or give it a different 'slug'")],
            diagnostics.Sorted().Select(d => (d.File, d.Line, d.Message)));
        Assert.All(diagnostics.ToList(), d => Assert.Equal("RG0201", d.Code));
        Assert.Equal("/articles/first/", Assert.Single(urls).Value);
        Assert.Equal("content/articles/another.md", urls.Single().Key);
    }

    [Fact]
    public void Three_files_on_one_url_each_name_the_other_two()
    {
        var pages = new[] { "a", "b", "c" }.Select(n => new PageAddress($"content/articles/{n}.md", "/articles/x/", false, 2)).ToList();
        var diagnostics = new DiagnosticBag();

        UrlMap.Build(pages, diagnostics);

        Assert.Contains(diagnostics.ToList(), d => d.File == "content/articles/b.md" && d.Message.Contains("content/articles/a.md and content/articles/c.md"));
        Assert.Equal(3, diagnostics.Count);
    }
}
