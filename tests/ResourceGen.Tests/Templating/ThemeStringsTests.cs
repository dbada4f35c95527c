using System.Text;
using ResourceGen.Diagnostics;
using ResourceGen.Templating;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Templating;

public class ThemeStringsTests
{
    private const string Site = "-- site.yml --\ntitle: Lib\nbase_url: https://example.org/\nauthor: O'Brien & Co\n";

    private const string Article = """
        -- content/articles/x.md --
        ---
        title: X
        date: 2026-01-01
        ---
        Text.

        """;

    private static string Home(BuildResult result) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Bytes);

    [Theory]
    [InlineData("{{ t \"hello\" }}", "hello: Hello", "Hello")]
    [InlineData("{{ t \"by\" site.author }}", "by: \"By {0}.\"", "By O&#39;Brien &amp; Co.")]
    [InlineData("{{ t \"count\" 1 }} / {{ t \"count\" 3 }}", "count: { one: \"{0} page\", other: \"{0} pages\" }", "1 page / 3 pages")]
    [InlineData("{{ t \"of\" 2 5 }}", "of: \"{0} of {1}\"", "2 of 5")]
    [InlineData("{{ t \"markup\" }}", "markup: 'Press <kbd>/</kbd>'", "Press <kbd>/</kbd>")]
    public void A_theme_text_is_looked_up_filled_in_and_its_arguments_escaped(string template, string yaml, string expected)
    {
        using var site = SiteFixture.Create(Site + Article + SiteFixture.MinimalTemplates.Replace("<h1>{{ site.title }}</h1>", template)
            + "-- templates/i18n/en.yml --\n" + yaml + "\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith(expected + "\n", Home(result)[(Home(result).IndexOf("<body>", StringComparison.Ordinal) + 6)..]);
    }

    [Theory]
    [InlineData("en", "26 May 2026")]
    [InlineData("es", "26 de mayo de 2026")]
    public void A_date_is_written_as_the_sites_language_writes_it(string language, string expected)
    {
        using var site = SiteFixture.CopyOf(RepoPaths.Root, "templates");
        site.Write("site.yml", $"title: Lib\nbase_url: https://example.org/\nlanguage: {language}\n");
        site.Write("content/articles/x.md", "---\ntitle: X\ndate: 2026-05-26\n---\nText.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "articles/x/index.html").Bytes);
        Assert.Contains($"<time datetime=\"2026-05-26\">{expected}</time>", page);
    }

    [Fact]
    public void A_spanish_site_gets_the_theme_in_spanish()
    {
        using var site = SiteFixture.CopyOf(RepoPaths.Root, "templates");
        site.Write("site.yml", "title: Biblioteca\nbase_url: https://example.org/\nlanguage: es\n");
        site.Write("content/articles/x.md", "---\ntitle: X\ndate: 2026-05-26\ntags: [juego]\n---\nTexto.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "articles/x/index.html").Bytes);
        Assert.Contains("<html lang=\"es\">", page);
        Assert.Contains(">Saltar al contenido<", page);
        Assert.Contains("min de lectura", page);
        Assert.DoesNotContain(">Skip to content<", page);
        var search = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search/index.html").Bytes);
        Assert.Contains("<span data-key=\"search_none\">No hay resultados para {0}.</span>", search);
        Assert.Contains("<span data-type=\"activity\">", search);
        Assert.Contains("<span data-key=\"month_5\">mayo</span>", search);
    }

    [Fact]
    public void A_text_no_file_has_is_an_error_at_the_template_line()
    {
        using var site = SiteFixture.Create(Site + Article + SiteFixture.MinimalTemplates.Replace("<h1>{{ site.title }}</h1>", "<p>\n{{ t \"missing\" }}</p>")
            + "-- templates/i18n/en.yml --\nhello: Hello\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("RG0501", "templates/home.html", 2, 4), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("no theme text 'missing' in templates/i18n/en.yml; add a line 'missing: ...' there", error.Message);
    }

    [Fact]
    public void A_text_missing_from_another_language_falls_back_with_one_warning_per_key()
    {
        var diagnostics = new DiagnosticBag();

        var strings = ThemeStrings.Read(new Dictionary<string, string>
        {
            ["en"] = "home: Home\ntopics: Topics\n",
            ["es"] = "home: Inicio\n",
        }, "en", diagnostics);

        Assert.Equal("Inicio", strings.Find("es", "home")!.For(null));
        Assert.Equal("Topics", strings.Find("es", "topics")!.For(null));
        var warning = Assert.Single(diagnostics.ToList());
        Assert.Equal((Severity.Warning, "RG0503", "templates/i18n/es.yml", 1), (warning.Severity, warning.Code, warning.File, warning.Line));
        Assert.Equal("'topics' is missing, so pages in 'es' show the text of templates/i18n/en.yml; add 'topics:' with its translation", warning.Message);
    }

    [Theory]
    [InlineData("en-GB", "Topics", 0)]
    [InlineData("fr", "Topics", 1)]
    [InlineData("es-MX", "Temas", 0)]
    public void A_language_the_theme_lacks_gets_its_base_language_or_english(string language, string expected, int warnings)
    {
        var diagnostics = new DiagnosticBag();

        var strings = ThemeStrings.Read(new Dictionary<string, string> { ["en"] = "topics: Topics\n", ["es"] = "topics: Temas\n" }, language, diagnostics);

        Assert.Equal(expected, strings.Find(language, "topics")!.For(null));
        Assert.Equal(warnings, diagnostics.Count);
        if (warnings > 0) Assert.Contains("the theme has no texts in 'fr', the site's language, so its pages show the English texts of templates/i18n/en.yml", diagnostics.ToList()[0].Message);
    }

    [Theory]
    [InlineData("home: [a, b]\n", 1, 7, "'home' must be a text, or 'one:' and 'other:' texts")]
    [InlineData("count: { one: a }\n", 1, 8, "'count' must be a text")]
    [InlineData("home: \"unclosed\n", 1, 7, "")]
    public void A_bad_strings_file_is_an_error_at_its_line(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        ThemeStrings.Read(new Dictionary<string, string> { ["en"] = yaml }, "en", diagnostics);

        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal(("RG0501", "templates/i18n/en.yml", line), (error.Code, error.File, error.Line));
        if (column > 0 && message.Length > 0) Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_repository_theme_ships_english_and_spanish_with_the_same_keys()
    {
        var folder = Path.Combine(RepoPaths.Root, "templates", "i18n");
        var files = new[] { "en", "es" }.ToDictionary(code => code, code => File.ReadAllText(Path.Combine(folder, code + ".yml")));
        var diagnostics = new DiagnosticBag();

        ThemeStrings.Read(files, "en", diagnostics);

        Assert.Empty(diagnostics.ToList());
        var keys = files.ToDictionary(f => f.Key, f => f.Value.Split('\n').Where(l => l.Length > 0 && char.IsAsciiLetterLower(l[0])).Select(l => l[..l.IndexOf(':')]).Order().ToList());
        Assert.Equal(keys["en"], keys["es"]);
    }
}
