using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Translations;

/// <summary>Translations: file names, translation_key, their errors, links between languages and per-language collections.</summary>
public class TranslationTests
{
    private const string SiteYml = """
        -- site.yml --
        title: Library
        base_url: https://example.org/
        language: en
        languages:
          es: { name: Español }

        """;

    private static string Page(string title, string extra = "", string body = "Text.") =>
        $"---\ntitle: {title}\ndate: 2026-01-10\n{extra}---\n{body}\n";

    private static BuildResult Build(params (string Path, string Text)[] files)
    {
        var text = new StringBuilder(SiteYml).Append(SiteFixture.MinimalTemplates);
        foreach (var (path, content) in files) text.Append($"-- {path} --\n{content}");
        using var site = SiteFixture.Create(text.ToString());
        return site.Build();
    }

    private static string Html(BuildResult result, string path) => Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Bytes);

    [Fact]
    public void A_translation_beside_its_original_is_published_under_its_language()
    {
        var result = Build(("content/articles/a.md", Page("Hello")), ("content/articles/a.es.md", Page("Hola")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Hello</h1>", Html(result, "articles/a/index.html"));
        Assert.Contains("<h1>Hola</h1>", Html(result, "es/articles/a/index.html"));
        Assert.Contains("<html lang=\"es\">", Html(result, "es/articles/a/index.html"));
        Assert.Contains("href=\"/es/articles/a/\"", Html(result, "es/articles/index.html"));
        Assert.DoesNotContain("Hola", Html(result, "articles/index.html"));
    }

    [Fact]
    public void A_language_code_the_site_does_not_have_is_an_error_at_line_1()
    {
        var result = Build(("content/articles/a.md", Page("Hello")), ("content/articles/a.fr.md", Page("Bonjour")));

        var error = Assert.Single(result.Diagnostics, d => d.Descriptor.Code == "RG0701");
        Assert.Equal(("content/articles/a.fr.md", 1, 1), (error.File, error.Line, error.Column));
        Assert.Contains("'fr'", error.Message);
        Assert.Contains("languages:", error.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Two_files_for_one_page_in_one_language_are_an_error_at_each()
    {
        var result = Build(("content/articles/a.es.md", Page("Hola")), ("content/articles/b.es.md", Page("Hola otra vez", "translation_key: content/articles/a\n")),
            ("content/articles/a.md", Page("Hello")));

        var errors = result.Diagnostics.Where(d => d.Descriptor.Code == "RG0702").ToList();
        Assert.Equal(["content/articles/a.es.md", "content/articles/b.es.md"], errors.Select(e => e.File).Order());
        Assert.Equal(4, errors.Single(e => e.File == "content/articles/b.es.md").Line);
    }

    [Fact]
    public void A_default_language_file_written_with_its_code_is_the_same_page_as_one_without()
    {
        var result = Build(("content/articles/a.md", Page("Hello")), ("content/articles/a.en.md", Page("Hello again")));

        Assert.Contains(result.Diagnostics, d => d.Descriptor.Code == "RG0702" && d.File == "content/articles/a.en.md");
    }

    [Fact]
    public void A_translation_key_that_nothing_shares_is_an_error_at_its_line()
    {
        var result = Build(("content/articles/a.md", Page("Hello")), ("content/articles/hola.es.md", Page("Hola", "translation_key: a\n")));

        var error = Assert.Single(result.Diagnostics, d => d.Descriptor.Code == "RG0703");
        Assert.Equal(("content/articles/hola.es.md", 4), (error.File, error.Line));
        Assert.Contains("translation_key 'a'", error.Message);
    }

    [Fact]
    public void Translation_key_links_files_with_different_names_and_the_translation_keeps_its_own_slug()
    {
        var result = Build(("content/articles/a.md", Page("Hello", "translation_key: greeting\n")), ("content/articles/hola.es.md", Page("Hola", "translation_key: greeting\n")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "es/articles/hola/index.html");
        Assert.Contains("hreflang=\"es\" href=\"https://example.org/es/articles/hola/\"", Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sitemap.xml").Bytes));
    }

    [Fact]
    public void A_link_to_a_page_goes_to_its_translation_in_the_linking_pages_language_else_to_the_original()
    {
        var result = Build(
            ("content/articles/a.md", Page("Hello", body: "See [b](b.md) and [c](c.md).")),
            ("content/articles/a.es.md", Page("Hola", body: "Vea [b](b.md), [c](c.md) y [el original](a.md).")),
            ("content/articles/b.md", Page("Bee")), ("content/articles/b.es.md", Page("Abeja")), ("content/articles/c.md", Page("Sea")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var spanish = Html(result, "es/articles/a/index.html");
        Assert.Contains("href=\"/es/articles/b/\"", spanish);
        Assert.Contains("href=\"/articles/c/\"", spanish);
        Assert.Contains("href=\"/es/articles/a/\"", spanish);
        Assert.Contains("href=\"/articles/b/\"", Html(result, "articles/a/index.html"));
    }

    [Fact]
    public void A_translation_older_than_its_original_is_warned_at_its_updated_line()
    {
        var result = Build(("content/articles/a.md", Page("Hello", "updated: 2026-05-01\n")), ("content/articles/a.es.md", Page("Hola", "updated: 2026-04-02\n")));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG0704", "content/articles/a.es.md", 4), (warning.Descriptor.Code, warning.File, warning.Line));
        Assert.Contains("changed on 2026-05-01, after this translation on 2026-04-02", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Series_parts_are_numbered_per_language()
    {
        var result = Build(
            ("content/articles/a.md", Page("One", "series: S\npart: 1\n")), ("content/articles/b.md", Page("Two", "series: S\npart: 2\n")),
            ("content/articles/a.es.md", Page("Uno", "series: S\npart: 1\n")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("languages:\n  ES: { name: Español }\n", "'languages.ES' is not a language code")]
    [InlineData("languages:\n  es: {}\n", "'languages.es.name' is missing")]
    [InlineData("languages:\n  es: { name: Español, dir: down }\n", "'languages.es.dir' must be ltr or rtl")]
    [InlineData("languages:\n  es: { name: Español, colour: red }\n", "'languages.es.colour' is not a language setting")]
    public void Bad_languages_settings_are_errors_in_site_yml(string languages, string message)
    {
        using var site = SiteFixture.Create($"-- site.yml --\ntitle: Library\nbase_url: https://example.org/\n{languages}" + SiteFixture.MinimalTemplates);
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("site.yml", error.File);
        Assert.True(error.Line > 1);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_right_to_left_language_is_known_by_its_code()
    {
        using var site = SiteFixture.Create("-- site.yml --\ntitle: L\nbase_url: https://example.org/\nlanguages:\n  ar: { name: العربية }\n"
            + SiteFixture.MinimalTemplates.Replace("<html lang=\"{{ site.language }}\">", "<html lang=\"{{ site.language }}\" dir=\"{{ site.language_dir }}\">")
            + "-- content/articles/a.ar.md --\n" + Page("مرحبا"));
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", Html(result, "ar/articles/a/index.html"));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", Html(result, "index.html"));
    }
}
