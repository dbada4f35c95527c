using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;

namespace ResourceGen.Tests.Markdown;

public class RawHtmlTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string body, MarkdownSettings? settings = null)
    {
        var config = new SiteConfig { Title = "Lib", BaseUrl = "https://example.org/", Markdown = settings ?? new MarkdownSettings() };
        var diagnostics = new DiagnosticBag();
        var targets = new LinkTargets(new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        var rendered = new MarkdownRenderer(config.Markdown).Render("content/articles/a.md", body, 5, new ContentLinkResolver(config, targets, diagnostics), diagnostics);
        return (rendered.Html.Value, diagnostics.Sorted());
    }

    [Fact]
    public void Harmless_markup_is_kept_without_a_warning()
    {
        var (html, diagnostics) = Render("Press <kbd>Ctrl</kbd>.\n\n<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\n<figure><figcaption>Cap</figcaption></figure>\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<kbd>Ctrl</kbd>", html);
        Assert.Contains("<details>", html);
        Assert.Contains("<summary>More</summary>", html);
        Assert.Contains("<figcaption>Cap</figcaption>", html);
    }

    [Fact]
    public void Scripts_and_event_handlers_are_removed_with_a_warning_at_their_line()
    {
        var (html, diagnostics) = Render("Intro.\n\n<script>alert(1)</script>\n\nText <img src=\"x.png\" alt=\"x\" onerror=\"alert(2)\"> more.\n");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onerror", html);
        Assert.Collection(diagnostics,
            d => Assert.Equal(("RG0401", Severity.Warning, 7, 1), (d.Code, d.Severity, d.Line, d.Column)),
            d =>
            {
                Assert.Equal(("RG0401", 9, 6), (d.Code, d.Line, d.Column));
                Assert.Contains("'onerror' on <img>", d.Message);
            });
    }

    [Fact]
    public void Video_iframes_are_kept_only_from_allowed_hosts()
    {
        var body = "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>\n\n<iframe src=\"https://evil.example/x\"></iframe>\n";

        var (html, diagnostics) = Render(body);

        Assert.Contains("src=\"https://www.youtube-nocookie.com/embed/abc\"", html);
        Assert.DoesNotContain("evil.example", html);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(7, warning.Line);
        Assert.Contains("evil.example", warning.Message);
    }

    [Fact]
    public void A_javascript_link_in_Markdown_is_removed_with_a_warning()
    {
        var (html, diagnostics) = Render("[click](javascript:alert(1))\n");

        Assert.DoesNotContain("javascript:", html);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("RG0306", 5, 1), (warning.Code, warning.Line, warning.Column));
    }

    [Fact]
    public void Unsafe_html_true_turns_sanitising_off()
    {
        var (html, diagnostics) = Render("<script>track()</script>\n\n[x](javascript:go())\n", new MarkdownSettings { UnsafeHtml = true });

        Assert.Empty(diagnostics);
        Assert.Contains("<script>track()</script>", html);
        Assert.Contains("javascript:go()", html);
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error()
    {
        var (_, diagnostics) = Render("Text.\n\n![](https://example.org/a.png)\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0305", Severity.Error, 7, 1), (error.Code, error.Severity, error.Line, error.Column));
    }
}
