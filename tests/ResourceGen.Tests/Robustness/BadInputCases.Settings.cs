namespace ResourceGen.Tests.Robustness;

/// <summary>Bad site.yml files and templates: the build stops with exit code 2.</summary>
public static partial class BadInputCases
{
    private const string Head = "title: Lib\nbase_url: https://example.org/\n";

    private static IEnumerable<BadInput> SettingsCases() =>
    [
        Case("site.yml: an unquoted colon in a value", "site.yml",
            "title: Lib: Library\nbase_url: https://example.org/\n", "RG0002", 1, 11, "quotes"),
        // The tab itself is at 4:1.
        Case("site.yml: a key indented with a tab", "site.yml",
            Head + "params:\n\tintro: Hi\n", "RG0002", 4, 1),
        Case("site.yml: a duplicated key", "site.yml",
            "title: Lib\ntitle: Other\nbase_url: https://example.org/\n", "RG0002", 2, 1),
        Case("site.yml: an unclosed quote", "site.yml",
            "title: \"Lib\nbase_url: https://example.org/\n", "RG0002", 1, 8),
        Case("site.yml: a list instead of settings", "site.yml",
            "- title\n- base_url\n", "RG0002", 1, 1),
        Case("site.yml: base_url is not a URL", "site.yml",
            "title: Lib\nbase_url: not a url\n", "RG0003", 2, 11, "base_url 'not a url' is not an absolute http(s) URL"),
        Case("site.yml: base_url is not http", "site.yml",
            "title: Lib\nbase_url: ftp://example.org/\n", "RG0003", 2, 11, "base_url"),
        Case("site.yml: a language without its name", "site.yml",
            Head + "languages:\n  es: {}\n", "RG0003", 4, 7, "'languages.es.name' is missing"),
        Case("site.yml: a language code in capitals", "site.yml",
            Head + "languages:\n  ES: { name: Español }\n", "RG0003", 4, 3, "'languages.ES' is not a language code"),
        Case("site.yml: feed_limit is text", "site.yml",
            Head + "feed_limit: twenty\n", "RG0003", 3, 13, "'feed_limit' must be a positive whole number"),
        Case("site.yml: feed_limit is zero", "site.yml",
            Head + "feed_limit: 0\n", "RG0003", 3, 13, "'feed_limit'"),
        Case("site.yml: page_size is text", "site.yml",
            Head + "page_size: ten\n", "RG0003", 3, 12, "'page_size' must be a positive whole number"),
        Case("site.yml: page_size is negative", "site.yml",
            Head + "page_size: -4\n", "RG0003", 3, 12, "'page_size'"),
        Case("site.yml: schema.required names an unknown type", "site.yml",
            Head + "schema:\n  required:\n    articel: [summary]\n", "RG0003", 5, 5, "(did you mean 'article'?)"),
        Case("site.yml: schema.required names an unknown key", "site.yml",
            Head + "schema:\n  required:\n    article: [summry]\n", "RG0003", 5, 14, "names 'summry'"),
        // A key that is not text is a wrong setting, reported at the key, not a crash.
        Case("site.yml: schema.required has a list as a type name", "site.yml",
            Head + "schema:\n  required:\n    [article]: [summary]\n", "RG0003", 5, 5, "schema.required"),
        Case("site.yml: schema.tags has a list as a tag name", "site.yml",
            Head + "schema:\n  tags:\n    [play]: Playing\n", "RG0003", 5, 5, "schema.tags"),
        Case("site.yml: markdown.unsafe_html is not true or false", "site.yml",
            Head + "markdown:\n  unsafe_html: maybe\n", "RG0003", 4, 16, "'markdown.unsafe_html' must be true or false"),
        Case("site.yml: max_file_size has an unknown unit", "site.yml",
            Head + "max_file_size: 1 GB\n", "RG0003", 3, 16, "'max_file_size' must be a size"),
        Case("site.yml: title is missing", "site.yml",
            "base_url: https://example.org/\n", "RG0003", 1, 1, "'title' is required"),
        // The title is there, it is just not text: one problem, one error.
        Case("site.yml: title is a list", "site.yml",
            "title: [a, b]\nbase_url: https://example.org/\n", "RG0003", 1, 8, "'title' must be text"),
        // Any site.yml problem exits 2 (see BadInput.ExitCode), an encoding problem too.
        Bytes("site.yml: a byte that is not UTF-8", "site.yml",
            Join("title: Caf", (byte)0xE9, "\nbase_url: https://example.org/\n"), "RG0002", 1, 11, "byte 0xE9"),
        new("site.yml: the file is missing", "site.yml", null, "RG0001", "", 0, 0, "no site.yml"),
    ];

    private static IEnumerable<BadInput> TemplateCases() =>
    [
        Case("template: a for loop without a list", "templates/home.html",
            "{{ for x in }}", "RG0501", 1, 13),
        // Scriban reports the missing end where the if's body starts.
        Case("template: an if without an end", "templates/article.html",
            "<h1>{{ page.title }}</h1>\n{{ if page.draft }}Draft\n", "RG0501", 2, 20, "<end>"),
        Case("template: an undefined variable", "templates/404.html",
            "<h1>{{ nope }}</h1>\n", "RG0501", 1, 8, "nope"),
        new("template: a required template is missing", "templates/home.html", null, "RG0502", "templates/home.html", 0, 0, "is missing"),
    ];
}
