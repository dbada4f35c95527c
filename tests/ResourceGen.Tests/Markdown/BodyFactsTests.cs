using System.Text.RegularExpressions;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;
using ResourceGen.Security;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Markdown;

/// <summary>The facts the Markdown stage records beside the HTML: the anchors links may name, the origins the CSP allows.</summary>
public partial class BodyFactsTests
{
    private static readonly MarkdownSettings Sanitised = new();
    private static readonly MarkdownSettings RawKept = new() { UnsafeHtml = true };

    private static RenderedContent Render(string body, MarkdownSettings settings)
    {
        var config = new SiteConfig { Title = "Lib", BaseUrl = "https://example.org/", Markdown = settings };
        var diagnostics = new DiagnosticBag();
        var targets = new LinkTargets(new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        return new MarkdownRenderer(settings).Render("content/articles/a.md", body, 1, new ContentLinkResolver(config, targets, diagnostics), diagnostics);
    }

    public static TheoryData<string, string[]> AnchorCases => new()
    {
        { "# Title\n\n## Why it matters\n\n### A detail, here\n", ["title", "why-it-matters", "a-detail-here"] },
        { "## Steps\n\n## Steps\n", ["steps", "steps-1"] },
        { "A paragraph {#para}\n\n- a tight item {#tight}\n- another\n\n| a | b |\n|---|---|\n| *cell*{#cell} | x |\n", ["para", "cell"] },
        { "Text with a note.[^1]\n\n[^1]: The note.\n", ["fnref:1", "fn:1"] },
        { "<span id=\"kept\">raw</span> and <a id='quoted'>single</a>\n", ["kept", "quoted"] },
        { "<div id=\"box\">\n<p id=\"inner\">x</p>\n</div>\n", ["box", "inner"] },
        { "`<b id=\"code\">` is code, not an element\n", [] },
    };

    [Theory]
    [MemberData(nameof(AnchorCases))]
    public void Every_id_of_the_body_is_an_anchor_whether_Markdown_or_raw_HTML_made_it(string markdown, string[] expected)
    {
        foreach (var settings in new[] { Sanitised, RawKept })
            Assert.Equal(expected.Order(StringComparer.Ordinal), Render(markdown, settings).Anchors.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string[]> SourceCases => new()
    {
        { "![A](https://images.example.org/a.png) ![B](/local.png) ![C](//cdn.example.net/c.png)", ["img-src https://images.example.org", "img-src cdn.example.net"] },
        { "![Video](https://www.youtube.com/watch?v=mswPy5bt3TQ)", ["frame-src https://www.youtube.com"] },
        { "![Video](https://vimeo.com/8607834)", ["frame-src https://player.vimeo.com"] },
        { "![Clip](https://media.example.org/clip.mp4) ![Song](https://audio.example.org/song.mp3)", ["media-src https://media.example.org", "media-src https://audio.example.org"] },
        { "[a link](https://elsewhere.example.org/) is not a load", [] },
        { "<iframe src=\"https://player.vimeo.com/video/1\"></iframe>\n\n![A](https://images.example.org/a.png)", ["img-src https://images.example.org", "frame-src https://player.vimeo.com"] },
    };

    [Theory]
    [MemberData(nameof(SourceCases))]
    public void The_other_origins_a_body_loads_from_are_listed_as_its_policy_allows_them(string markdown, string[] expected)
    {
        foreach (var settings in new[] { Sanitised, RawKept })
            Assert.Equal(expected, Render(markdown, settings).EmbeddedSources.Select(s => $"{s.Directive} {s.Source}"));
    }

    [Fact]
    public void Raw_HTML_kept_as_written_adds_its_posters_and_media_after_the_images()
    {
        var content = Render("<video poster=\"https://posters.example.org/p.png\" src=\"https://media.example.org/v.mp4\"></video>\n\n"
            + "![A](https://images.example.org/a.png) ![B](https://images.example.org/b.png)", RawKept);

        Assert.Equal(["img-src https://images.example.org", "img-src https://posters.example.org", "media-src https://media.example.org"],
            content.EmbeddedSources.Select(s => $"{s.Directive} {s.Source}"));
    }

    [Fact]
    public void An_iframe_the_sanitiser_drops_is_not_allowed_by_the_policy_but_one_kept_as_written_is()
    {
        const string markdown = "<iframe src=\"https://tracker.example.org/frame\"></iframe>\n";

        Assert.Empty(Render(markdown, Sanitised).EmbeddedSources);
        Assert.Equal([new PolicySource("frame-src", "https://tracker.example.org")], Render(markdown, RawKept).EmbeddedSources);
    }

    [Fact]
    public void An_id_inside_an_element_the_sanitiser_drops_is_no_anchor()
    {
        Assert.DoesNotContain("gone", Render("<script id=\"gone\">x()</script>\n\n## Kept\n", Sanitised).Anchors);
    }

    /// <summary>
    /// The facts must be the ones the HTML itself has: for every page of the sample library and the golden site, and
    /// every case above, in both raw-HTML modes, they equal what reading the rendered HTML finds.
    /// </summary>
    [Fact]
    public void The_recorded_facts_equal_what_the_rendered_HTML_holds()
    {
        var bodies = new[] { RepoPaths.Root, Path.Combine(RepoPaths.Root, "tests/ResourceGen.Tests/Golden/site") }
            .SelectMany(site => Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories))
            .Select(path => FrontMatterSplitter.Split(File.ReadAllText(path), path, new DiagnosticBag())!.Body)
            .Concat(AnchorCases.Select(c => (string)c[0]))
            .Concat(SourceCases.Select(c => (string)c[0]))
            .ToList();
        Assert.True(bodies.Count > 20);

        foreach (var settings in new[] { Sanitised, RawKept })
        {
            foreach (var body in bodies)
            {
                var content = Render(body, settings);
                var ids = IdAttribute().Matches(content.Html.Value).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
                Assert.Equal(ids.ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal), content.Anchors.Order(StringComparer.Ordinal));
                Assert.Equal(HtmlReading.EmbeddedSources(content.Html.Value), content.EmbeddedSources);
            }
        }
    }

    [GeneratedRegex("\\sid=[\"']([^\"']*)[\"']")]
    private static partial Regex IdAttribute();
}
