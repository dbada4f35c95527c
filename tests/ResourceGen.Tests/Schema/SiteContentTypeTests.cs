using System.Text.Json.Nodes;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Schema;

// Issue 14: a site adds a fourth content type in site.yml alone, and it gets what the built-in types get.
public class SiteContentTypeTests
{
    /// <summary>The type the fixture site adds: its own fields of five kinds, and a print button.</summary>
    private const string HandoutType = """
        types:
          handout:
            folder: handouts          # content/handouts/*.md -> /handouts/<slug>/ ; list at /handouts/
            name: Handout
            title: Handouts
            fields:
              pages:    { kind: integer, required: true, min: 1 }
              format:   { kind: choice, values: [pdf, print, web] }
              topics:   { kind: list }
              printed:  { kind: date }
              colour:   { kind: boolean }
            features: [print]

        """;

    private const string Timetable = """
        ---
        title: Visual timetable for mornings
        date: 2026-11-30
        summary: A picture timetable to print and stick by the front door.
        tags: [routines, home-practice]
        audience: [parents]
        pages: 2
        format: print
        topics: [mornings, getting dressed]
        printed: 2026-11-01
        colour: true
        ---
        Print the cards, cut them out and put them in the order of your mornings.

        <iframe src="https://www.youtube-nocookie.com/embed/abc123" title="How to use the timetable"></iframe>

        """;

    [Fact]
    public void A_page_of_the_new_type_has_its_fields_breadcrumb_print_button_and_own_policy()
    {
        using var site = HandoutSite(extraHandouts: 0);

        var (exit, output, error) = CliRunner.Run("build", "--source", site.Root);

        Assert.True(exit == 0, output + error);
        var page = site.Read("_site/handouts/visual-timetable/index.html");
        Assert.Contains("<span class=\"badge badge--handout\">Handout</span>", page);
        Assert.Contains("<li><a href=\"/handouts/\">Handouts</a></li>", page);
        Assert.Contains("data-print hidden>Print this handout</button>", page);
        Assert.Contains("/assets/print-button.", page);
        Assert.Contains("<dt>Pages</dt><dd>2</dd>", page);
        Assert.Contains("<dt>Format</dt><dd>print</dd>", page);
        Assert.Contains("<dt>Topics</dt><dd>mornings, getting dressed</dd>", page);
        Assert.Contains("<dt>Printed</dt><dd><time datetime=\"2026-11-01\">", page);
        Assert.Contains("<dt>Colour</dt><dd>Yes</dd>", page);
        Assert.Contains("https://www.youtube-nocookie.com", PolicyOf(page));
        Assert.DoesNotContain("youtube", PolicyOf(site.Read("_site/handouts/index.html")));
    }

    [Fact]
    public void The_new_type_is_listed_paginated_in_the_feed_sitemap_search_and_related_resources()
    {
        using var site = HandoutSite(extraHandouts: 12);

        var (exit, output, error) = CliRunner.Run("build", "--source", site.Root);

        Assert.True(exit == 0, output + error);
        var list = site.Read("_site/handouts/index.html");
        Assert.Contains("<h1>Handouts</h1>", list);
        Assert.Contains("<li class=\"card card--handout\">", list);
        Assert.Contains("href=\"/handouts/visual-timetable/\"", list);
        Assert.True(File.Exists(Path.Combine(site.Root, "_site/handouts/page/2/index.html")), "13 handouts at 12 a page make a second page");
        Assert.Contains("https://example.org/handouts/visual-timetable/", site.Read("_site/feed.xml"));
        Assert.Contains("<loc>https://example.org/handouts/visual-timetable/</loc>", site.Read("_site/sitemap.xml"));
        var docs = JsonNode.Parse(site.Read("_site/search-docs.json"))!.AsObject();
        var handouts = docs.Select(d => d.Value!).Where(d => d["type"]!.GetValue<string>() == "handout").ToList();
        Assert.Equal(13, handouts.Count);
        Assert.Contains(handouts, d => d["title"]!.GetValue<string>() == "Visual timetable for mornings");
        var related = site.Read("_site/handouts/visual-timetable/index.html").Split("id=\"related-title\"")[1];
        Assert.Contains("href=\"/handouts/morning-card-", related);
        Assert.Contains("<span data-type=\"handout\">Handout</span>", site.Read("_site/search/index.html"));
    }

    [Fact]
    public void Bad_values_of_the_new_type_fail_check_at_their_line_and_column()
    {
        using var site = HandoutSite(extraHandouts: 0);
        site.Write("content/handouts/bad.md", "---\ntitle: Bad\ndate: 2026-01-01\npages: 0\nformat: prnt\npage: 2\ncolour: maybe\n---\nBody.\n");
        site.Write("content/handouts/no-pages.md", "---\ntitle: No pages\ndate: 2026-01-01\n---\nBody.\n");

        var (exit, output, _) = CliRunner.Run("check", "--source", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains("content/handouts/bad.md:4:8: error RG0110: 'pages' must be 1 or more, got 0", output);
        Assert.Contains("content/handouts/bad.md:5:9: error RG0103: 'format' value 'prnt' is not one of pdf, print, web (did you mean 'print'?)", output);
        Assert.Contains("content/handouts/bad.md:6:1: warning RG0112: unknown key 'page' (did you mean 'pages'?)", output);
        Assert.Contains("content/handouts/bad.md:7:9: error RG0105: 'colour' must be true or false", output);
        Assert.Contains("content/handouts/no-pages.md:1:1: error RG0104: 'pages' is required for handouts", output);
    }

    [Fact]
    public void New_writes_a_resource_of_the_new_type_from_the_generic_archetype_that_passes_check()
    {
        using var site = HandoutSite(extraHandouts: 0);

        var (exit, output, error) = CliRunner.Run("new", "handout", "Bath time cards", "--source", site.Root);

        Assert.True(exit == 0, error);
        Assert.Equal("Created content/handouts/bath-time-cards.md", output.Trim());
        var lines = site.Read("content/handouts/bath-time-cards.md").Split('\n');
        Assert.Contains("pages: 1", lines);
        Assert.Contains("# format: pdf", lines);
        foreach (var key in new[] { "pages", "format", "topics", "printed", "colour" })
        {
            var index = Array.FindIndex(lines, l => l.StartsWith($"{key}:", StringComparison.Ordinal) || l.StartsWith($"# {key}:", StringComparison.Ordinal));
            Assert.True(index > 0 && lines[index - 1].StartsWith("# ", StringComparison.Ordinal), $"'{key}' has no line with a note above it");
        }
        var check = CliRunner.Run("check", "--strict", "--source", site.Root);
        Assert.True(check.Exit == 0, check.Out);
    }

    [Fact]
    public void New_with_a_misspelt_type_suggests_the_site_s_own_type()
    {
        using var site = HandoutSite(extraHandouts: 0);

        var (exit, _, error) = CliRunner.Run("new", "handot", "Bath time cards", "--source", site.Root);

        Assert.Equal(2, exit);
        Assert.Contains("error RG0004: 'handot' is not a content type of this site; use one of article, activity, checklist, handout (did you mean 'handout'?)", error);
    }

    [Fact]
    public void Schema_writes_the_new_type_s_JSON_Schema_with_its_fields()
    {
        using var site = HandoutSite(extraHandouts: 0);

        var (exit, output, error) = CliRunner.Run("schema", "--source", site.Root);

        Assert.True(exit == 0, error);
        Assert.Contains("handout.schema.json", output);
        var schema = JsonNode.Parse(site.Read("schema/handout.schema.json"))!;
        Assert.Equal(["title", "pages"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(1, schema["properties"]!["pages"]!["anyOf"]![0]!["minimum"]!.GetValue<int>());
        Assert.Equal(["pdf", "print", "web", null], schema["properties"]!["format"]!["enum"]!.AsArray().Select(n => n?.GetValue<string>()));
        Assert.Contains("handout", schema["properties"]!["type"]!["enum"]!.AsArray().Select(n => n?.GetValue<string>()));
    }

    [Fact]
    public void A_theme_template_named_after_the_type_is_used_in_place_of_the_generic_one()
    {
        using var site = HandoutSite(extraHandouts: 0);
        site.Write("templates/handout.html", "<p class=\"own\">{{ page.fields.pages }} pages as {{ page.fields.format }}</p>");

        var (exit, output, error) = CliRunner.Run("build", "--source", site.Root);

        Assert.True(exit == 0, output + error);
        Assert.Contains("<p class=\"own\">2 pages as print</p>", site.Read("_site/handouts/visual-timetable/index.html"));
    }

    [Fact]
    public void A_type_without_the_print_feature_has_no_print_button_and_one_with_checklist_needs_items()
    {
        using var site = HandoutSite(extraHandouts: 0);
        site.Write("site.yml", site.Read("site.yml").Replace("    features: [print]", "    features: [checklist]"));

        var failed = CliRunner.Run("check", "--source", site.Root);
        Assert.Equal(1, failed.Exit);
        Assert.Contains("content/handouts/visual-timetable.md:13:1: error RG0116: this handout has no items", failed.Out);

        site.Write("content/handouts/visual-timetable.md", Timetable + "\n- [ ] Shoes on\n");
        var (exit, output, error) = CliRunner.Run("build", "--source", site.Root);
        Assert.True(exit == 0, output + error);
        var page = site.Read("_site/handouts/visual-timetable/index.html");
        Assert.DoesNotContain("data-print", page);
        Assert.DoesNotContain("/assets/print-button.", page);
        Assert.Contains("data-checklist=", page);
    }

    [Fact]
    public void A_site_type_with_the_activity_filter_gets_the_filter_on_its_list_and_data_on_its_cards()
    {
        using var site = HandoutSite(extraHandouts: 0);
        site.Write("site.yml", site.Read("site.yml").Replace("\nparams:\n",
            "\n  game:\n    folder: games\n    name: Game\n    title: Games\n    fields:\n      age: { kind: age_range }\n      skills: { kind: list }\n    features: [activity_filter]\n"
            + "params:\n", StringComparison.Ordinal));
        site.Write("content/games/tag.md", "---\ntitle: Tag\nage: \"4-6\"\nskills: [running]\n---\nRun.\n");
        site.Write("content/games/catch.md", "---\ntitle: Catch\nage: \"5-8\"\nskills: [catching]\n---\nCatch.\n");

        var (exit, output, error) = CliRunner.Run("build", "--source", site.Root);

        Assert.True(exit == 0, output + error);
        var list = site.Read("_site/games/index.html");
        Assert.Contains("<form class=\"filter\" data-activity-filter hidden data-text-age=", list);
        Assert.Contains("<option value=\"8\">8 years</option>", list);
        Assert.Contains("<option value=\"catching\">Catching</option>", list);
        Assert.Contains("<li class=\"card card--game\" data-age-min=\"4\" data-age-max=\"6\" data-skills=\"running\">", list);
        Assert.Contains("/assets/activity-filter.", list);
        Assert.DoesNotContain("data-activity-filter", site.Read("_site/handouts/index.html"));
    }

    private static string PolicyOf(string html)
    {
        const string Marker = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
        var start = html.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        return html[start..html.IndexOf('"', start)];
    }

    // The sample library, with handouts added in site.yml and content/ only.
    private static SiteFixture HandoutSite(int extraHandouts)
    {
        var site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
        site.Write("site.yml", site.Read("site.yml").Replace("\nparams:\n", "\n" + HandoutType + "params:\n"));
        site.Write("content/handouts/visual-timetable.md", Timetable);
        for (var i = 1; i <= extraHandouts; i++)
            site.Write($"content/handouts/morning-card-{i}.md", $"---\ntitle: Morning card {i}\ndate: 2026-10-{i:00}\ntags: [routines]\npages: {i}\n---\nCard {i}.\n");
        return site;
    }
}
