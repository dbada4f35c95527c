using ResourceGen.Generation;
using ResourceGen.Incremental;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Incremental;

// Issue 14: the live engine rebuilds pages of a type a site adds in site.yml as a full build would.
public sealed class SiteTypeRebuildTests : IDisposable
{
    private const string Handout = "content/handouts/visual-timetable.md";

    private const string Types = "types:\n  handout:\n    folder: handouts\n    name: Handout\n    title: Handouts\n    fields:\n"
        + "      pages: { kind: integer, required: true, min: 1 }\n      format: { kind: choice, values: [pdf, print, web] }\n      topics: { kind: list }\n"
        + "    features: [print]\n";

    private readonly SiteFixture _site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
    private readonly IncrementalSiteBuilder _builder;

    public SiteTypeRebuildTests()
    {
        _site.Write("site.yml", _site.Read("site.yml").Replace("\nparams:\n", "\n" + Types + "params:\n", StringComparison.Ordinal));
        _site.Write(Handout, "---\ntitle: Visual timetable\ndate: 2026-11-30\ntags: [routines]\npages: 2\nformat: print\ntopics: [mornings]\n---\nPrint the cards.\n");
        _builder = new IncrementalSiteBuilder(new BuildOptions(_site.Root));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Edits_to_a_site_type_s_pages_template_and_definition_equal_a_full_build()
    {
        Rebuild("first build");
        Edit(Handout, text => text.Replace("pages: 2", "pages: 3", StringComparison.Ordinal), "change a field");
        Edit(Handout, text => text.Replace("topics: [mornings]", "topics: [mornings, shoes]", StringComparison.Ordinal), "add a list item");
        Add("content/handouts/bedtime.md", "---\ntitle: Bedtime cards\ndate: 2026-11-29\ntags: [routines]\npages: 1\n---\nCards for bedtime.\n", "add a page");
        Add("templates/handout.html", "<p class=\"own\">{{ page.fields.pages }} pages</p>{{ page.content }}", "add the type's own template");
        Edit("site.yml", text => text.Replace("    title: Handouts\n", "    title: Printable handouts\n", StringComparison.Ordinal), "rename the list");
        Edit("site.yml", text => text.Replace("    features: [print]\n", "    features: []\n", StringComparison.Ordinal), "turn a feature off");
    }

    private void Edit(string path, Func<string, string> change, string step)
    {
        var before = _site.Read(path);
        Assert.NotEqual(before, change(before));
        _site.Write(path, change(before));
        Rebuild(step, path);
    }

    private void Add(string path, string text, string step)
    {
        _site.Write(path, text);
        Rebuild(step, path);
    }

    private void Rebuild(string step, params string[] changed)
    {
        var result = _builder.Rebuild(changed);
        Assert.True(result.Build.Succeeded, $"{step}: {string.Join("\n", result.Build.Diagnostics)}");
        OutputComparison.AssertSameAsFullBuild(_site.Root, Path.Combine(_site.Root, "_site"), step: step);
    }
}
