using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Golden;

/// <summary>
/// Renders the three-language fixture in Golden/multilingual (English, Spanish, and Arabic, which is written right
/// to left) with the repository's templates and pins whole pages.
/// </summary>
public class MultilingualGoldenTests
{
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        using var site = SiteFixture.CopyOf(Path.Combine(RepoPaths.TestProject, "Golden", "multilingual"), "site.yml", "content");
        GoldenSiteTests.CopyTemplates(site.Root);
        return site.Build();
    });

    public static TheoryData<string> Pages() =>
    [
        "articles/first-steps/index.html",
        "es/index.html",
        "es/articles/first-steps/index.html",
        "es/activities/juego-de-botones/index.html",
        "es/tags/home-practice/index.html",
        "ar/articles/first-steps/index.html",
        "es/feed.xml",
        "sitemap.xml",
    ];

    [Fact]
    public void The_fixture_builds_with_the_drift_warning_and_the_missing_arabic_theme_texts()
    {
        Assert.Equal(2, Built.Value.Diagnostics.Count);
        var missing = Built.Value.Diagnostics[1];
        Assert.Equal(("RG0503", "templates/i18n/ar.yml"), (missing.Descriptor.Code, missing.File));
        var warning = Built.Value.Diagnostics[0];
        Assert.Equal("RG0704", warning.Descriptor.Code);
        Assert.Equal("content/articles/first-steps.es.md", warning.File);
        Assert.Equal(4, warning.Line);
        Assert.Contains("the English original (content/articles/first-steps.md) changed on 2026-03-01, after this translation on 2026-02-01", warning.Message, StringComparison.Ordinal);
        Assert.Equal(7, Built.Value.PageCount);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Rendered_page_matches_its_verified_file(string path)
    {
        var file = Assert.Single(Built.Value.Files, f => f.Path == path);
        var name = path.Replace("/index.html", "").Replace('/', '_').Replace(".html", "").Replace(".xml", "");
        GoldenFile.Verify(Path.Combine(RepoPaths.TestProject, "Golden", "expected-multilingual", $"{name}.verified{Path.GetExtension(path)}"), Encoding.UTF8.GetString(file.Bytes));
    }

    [Fact]
    public void Every_language_has_its_lists_feed_and_search_under_its_prefix()
    {
        var paths = Built.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var prefix in new[] { "", "es/", "ar/" })
        {
            foreach (var path in new[] { "index.html", "articles/index.html", "activities/index.html", "checklists/index.html", "tags/index.html",
                "tags/home-practice/index.html", "audience/parents/index.html", "feed.xml", "search/index.html", "search/manifest.json", "search-index.json" })
                Assert.Contains(prefix + path, paths);
        }
        Assert.DoesNotContain("es/checklists/packing-list/index.html", paths);
        Assert.DoesNotContain("es/robots.txt", paths);
        Assert.DoesNotContain("es/sitemap.xml", paths);
    }
}
