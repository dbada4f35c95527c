using ResourceGen.Generation;
using ResourceGen.Incremental;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Templating;

// Issue 14: a theme copied before type fields became data ('page.age', 'section.skills') builds as it did, in full and live.
public sealed class FieldShorthandTests : IDisposable
{
    private const string Activity = "content/activities/pegs.md";

    private readonly SiteFixture _site = SiteFixture.Create(SiteFixture.MinimalTemplates.Replace(
        "-- templates/activity.html --\n<h1>{{ page.title }}</h1>{{ page.content }}",
        "-- templates/activity.html --\n<h1>{{ page.title }}</h1><p>{{ page.age.text }}|{{ page.duration }}|{{ page.skills | array.join \",\" }}|{{ page.fields.setting }}|{{ page.nothing }}</p>",
        StringComparison.Ordinal).Replace(
        "-- templates/list.html --\n<h1>{{ section.title }}</h1>",
        "-- templates/list.html --\n<h1>{{ section.title }}</h1><p>{{ section.ages | array.join \",\" }}|{{ section.skills | array.join \",\" }}</p>",
        StringComparison.Ordinal) + """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/activities/pegs.md --
        ---
        title: Pegs
        age: "3-5"
        duration: 10
        skills: [pinch, grasp]
        setting: home
        ---
        Body.

        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_page_s_fields_and_a_section_s_filter_data_are_read_by_their_own_names()
    {
        var result = SiteBuilder.Run(new BuildOptions(_site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p>3\u20135|10|pinch,grasp|home|</p>", _site.Read("_site/activities/pegs/index.html"));
        Assert.Contains("<p>3,4,5|grasp,pinch</p>", _site.Read("_site/activities/index.html"));
    }

    [Fact]
    public void A_live_rebuild_after_a_field_edit_equals_a_full_build_when_the_theme_reads_the_field_by_its_own_name()
    {
        var builder = new IncrementalSiteBuilder(new BuildOptions(_site.Root));
        Assert.True(builder.Rebuild([]).Build.Succeeded);

        foreach (var (before, after) in new[] { ("age: \"3-5\"", "age: \"4-7\""), ("skills: [pinch, grasp]", "skills: [pinch]"), ("duration: 10", "duration: 12") })
        {
            _site.Write(Activity, _site.Read(Activity).Replace(before, after, StringComparison.Ordinal));
            Assert.True(builder.Rebuild([Activity]).Build.Succeeded);
            OutputComparison.AssertSameAsFullBuild(_site.Root, Path.Combine(_site.Root, "_site"), step: after);
        }
        Assert.Contains("<p>4\u20137|12|pinch|home|</p>", _site.Read("_site/activities/pegs/index.html"));
    }
}
