using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Golden;

/// <summary>Renders the fixture site in Golden/site with the repository's own templates and pins whole pages.</summary>
public class GoldenSiteTests
{
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        using var site = SiteFixture.CopyOf(Path.Combine(RepoPaths.TestProject, "Golden", "site"), "site.yml", "content");
        CopyTemplates(site.Root);
        return site.Build();
    });

    public static TheoryData<string> Pages() =>
    [
        "index.html",
        "articles/first-steps/index.html",
        "articles/second-steps/index.html",
        "activities/button-game/index.html",
        "checklists/packing-list/index.html",
        "articles/index.html",
        "tags/index.html",
        "tags/home-practice/index.html",
        "audience/educators/index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
    ];

    [Fact]
    public void The_fixture_site_builds_without_diagnostics()
    {
        Assert.Empty(Built.Value.Diagnostics);
        Assert.Equal(4, Built.Value.PageCount);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Rendered_page_matches_its_verified_file(string path)
    {
        var file = Assert.Single(Built.Value.Files, f => f.Path == path);
        var name = path.Replace("/index.html", "").Replace('/', '_').Replace(".html", "").Replace(".xml", "");
        var extension = Path.GetExtension(path);

        GoldenFile.Verify(Path.Combine(RepoPaths.TestProject, "Golden", "expected", $"{name}.verified{extension}"), Encoding.UTF8.GetString(file.Bytes));
    }

    /// <summary>Copies the repository's templates into <paramref name="siteRoot"/>.</summary>
    internal static void CopyTemplates(string siteRoot)
    {
        var from = Path.Combine(RepoPaths.Root, "templates");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(siteRoot, "templates", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
