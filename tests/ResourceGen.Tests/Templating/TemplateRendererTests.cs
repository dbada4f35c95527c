using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Templating;

public class TemplateRendererTests
{
    private const string Site = "-- site.yml --\ntitle: Lib\nbase_url: https://example.org/\n";

    private static string Page(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);

    [Fact]
    public void Front_matter_values_are_escaped_whatever_the_template_does()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + """
            -- content/articles/x.md --
            ---
            title: <script>alert(1)</script>
            date: 2026-01-01
            tags: ["<b>bold</b>"]
            ---
            Body with **markdown**.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = Page(result, "articles/x/index.html");
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html);
        Assert.Contains("<title>&lt;script&gt;", html);
        Assert.Contains(">&lt;b&gt;bold&lt;/b&gt;</a>", html);
        Assert.Contains("<strong>markdown</strong>", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void Partials_are_included_as_markup_and_functions_give_base_path_URLs()
    {
        using var site = SiteFixture.Create(Site.Replace("https://example.org/", "https://user.github.io/library/") + SiteFixture.MinimalTemplates + """
            -- templates/home.html --
            {{ include 'partials/nav.html' }}<a href="{{ rel_url '/tags/' }}">{{ date_text '2026-03-04' }}</a><link href="{{ asset 'site.css' }}">
            -- templates/partials/nav.html --
            <nav>{{ site.title }}</nav>
            -- templates/assets/site.css --
            body { color: black; }
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = Page(result, "index.html");
        Assert.Contains("<nav>Lib</nav>", html);
        Assert.Contains("<a href=\"/library/tags/\">4 March 2026</a>", html);
        var css = Assert.Single(result.Files, f => f.Path.StartsWith("assets/site.", StringComparison.Ordinal)).Path;
        Assert.Matches(@"^assets/site\.[0-9a-f]{10}\.css$", css);
        Assert.Contains($"href=\"/library/{css}\"", html);
    }

    [Fact]
    public void An_include_gives_the_same_markup_as_a_statement_as_a_value_with_arguments_and_nested()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + """
            -- templates/home.html --
            {{ for i in 1..2 }}{{ include 'partials/item.html' i }}{{ end }}|{{ x = include 'partials/item.html' 7 }}{{ x }}|{{ include 'partials/outer.html' }}|{{ 'partials/item.html' | include 8 }}
            -- templates/partials/item.html --
            <i>{{ $1 }} & {{ site.title }}</i>
            -- templates/partials/outer.html --
            <o>{{ include 'partials/item.html' 0 }}</o>
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var body = Page(result, "index.html").Split("<body>")[1].Split("</body>")[0];
        Assert.Equal("<i>1 & Lib</i>\n<i>2 & Lib</i>\n|<i>7 & Lib</i>\n|<o><i>0 & Lib</i>\n</o>\n|<i>8 & Lib</i>\n\n", body);
    }

    [Fact]
    public void A_page_longer_than_scribans_default_output_limit_is_written_whole()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + """
            -- templates/home.html --
            {{ for i in 1..120000 }}0123456789{{ end }}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = Page(result, "index.html");
        Assert.Contains(string.Concat(Enumerable.Repeat("0123456789", 120_000)), html);
        Assert.EndsWith("</body></html>", html.TrimEnd());
    }

    [Fact]
    public void A_template_syntax_error_is_reported_with_its_file_line_and_column()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + "-- templates/home.html --\n<h1>\n{{ for x in }}\n");

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = result.Diagnostics.First(d => d.Code == "RG0501");
        // Column 13 is the "}}" where the expression after "in" should be.
        Assert.Equal(("templates/home.html", 2, 13), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_variable_in_a_template_is_a_template_error()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + "-- templates/home.html --\n<p>\n  {{ sitee.title }}</p>\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG0501", "templates/home.html", 2, 6), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("sitee", error.Message);
    }

    [Fact]
    public void A_function_given_the_wrong_number_of_arguments_is_a_template_error_at_its_call()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates + "-- templates/home.html --\n<p>{{ plural 3 'item' }}</p>\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG0501", "templates/home.html", 1), (error.Code, error.File, error.Line));
        Assert.Contains("arguments", error.Message);
    }

    [Fact]
    public void A_missing_template_is_named()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        File.Delete(Path.Combine(site.Root, "templates", "tags.html"));

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "RG0502" && d.File == "templates/tags.html");
    }
}
