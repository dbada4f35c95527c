using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// A file copied as it is may not land where the site writes something else: which of the two the disk kept would
/// depend on the order of parallel writes, and a pull request could replace another author's page.
/// </summary>
public class OutputClashTests
{
    [Theory]
    [InlineData("static/articles/first/index.html", "articles/first/index.html", "a page the site makes")]
    [InlineData("static/index.html", "index.html", "a page the site makes")]
    [InlineData("static/robots.txt", "robots.txt", "a page the site makes")]
    [InlineData("static/articles/img.png", "articles/img.png", "content/articles/img.png")]
    public void A_copied_file_on_the_path_of_another_output_is_an_error_on_the_file(string file, string output, string other)
    {
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        site.Write(file, "<p>mine</p>");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.File == file);
        Assert.Equal(("RG0201", 1, 1), (error.Code, error.Line, error.Column));
        Assert.Equal($"this file would be written to /{output}, where {other} is written too; rename or move it", error.Message);
        Assert.False(result.Succeeded);
    }
}
