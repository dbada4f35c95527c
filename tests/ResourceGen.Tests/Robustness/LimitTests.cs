using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// What a pull request could use to stall or exhaust the CI machine stops at a limit with an error at a file and
/// line, within seconds; each limit can be raised under <c>limits:</c> in <c>site.yml</c>.
/// </summary>
public class LimitTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Nine levels of ten aliases each, about 1 KB: a billion values once expanded.</summary>
    public static string AliasBomb(int levels = 9)
    {
        var text = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < levels; i++)
            text.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        return text.ToString();
    }

    [Fact]
    public async Task An_alias_bomb_in_front_matter_is_refused_at_its_line_in_seconds()
    {
        using var site = Site("", "---\ntitle: Bomb\ndate: 2026-01-01\n" + AliasBomb() + "---\nText.\n");

        var build = await BuildWithin(site);

        // 10^5 values are reached on the fifth line of aliases (l4, file line 8)
        var error = Assert.Single(build.Err.Split('\n'), l => l.Contains("error RG0118"));
        Assert.StartsWith("content/articles/bomb.md:8:", error);
        Assert.Contains("more than 100,000 values once its aliases (*name) are expanded", error);
        Assert.Contains("limits.yaml_values", error);
        Assert.Equal(1, build.Exit);
    }

    [Fact]
    public async Task More_aliases_than_the_limit_are_refused_at_the_first_one_past_it()
    {
        var aliases = string.Join(", ", Enumerable.Repeat("*a", 1001));
        using var site = Site("max_file_size: 1 MiB\n", "---\ntitle: Many\ndate: 2026-01-01\nbase: &a x\nmany: [" + aliases + "]\n---\nText.\n");

        var build = await BuildWithin(site);

        Assert.Equal(1, build.Exit);
        Assert.Contains($"content/articles/bomb.md:5:{8 + 4 * 1000}: error RG0118: the YAML uses more than 1,000 aliases (*name)", build.Err);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(100_000)]
    public async Task Nesting_past_the_depth_limit_is_refused_without_a_stack_overflow(int depth)
    {
        using var site = Site("max_file_size: 1 MiB\nlimits:\n  front_matter_size: 1 MiB\n", "---\ntitle: Deep\ndate: 2026-01-01\nextra: " + new string('[', depth) + new string(']', depth) + "\n---\nText.\n");

        var build = await BuildWithin(site);

        Assert.Equal(1, build.Exit);
        Assert.Contains("content/articles/bomb.md:4:40: error RG0118: the YAML nests lists and mappings more than 32 deep", build.Err);
    }

    [Fact]
    public async Task Aliases_that_nest_deeper_than_the_limit_are_refused()
    {
        var lines = new StringBuilder("l0: &l0 [x]\n");
        for (var i = 1; i < 40; i++) lines.Append($"l{i}: &l{i} [*l{i - 1}]\n");
        using var site = Site("max_file_size: 1 MiB\n", "---\ntitle: Deep\ndate: 2026-01-01\n" + lines + "---\nText.\n");

        var build = await BuildWithin(site);

        Assert.Equal(1, build.Exit);
        Assert.Contains("error RG0118: the YAML nests lists and mappings more than 32 deep", build.Err);
    }

    [Theory]
    [InlineData("self: &s [*s]\n", 4, 11)]
    [InlineData("self: &s\n  inner:\n    again: *s\n", 6, 12)]
    public async Task A_value_that_contains_itself_is_an_error_not_a_stack_overflow(string yaml, int line, int column)
    {
        using var site = Site("", "---\ntitle: Loop\ndate: 2026-01-01\n" + yaml + "---\nText.\n");

        var build = await BuildWithin(site);

        Assert.Equal(1, build.Exit);
        Assert.Contains($"content/articles/bomb.md:{line}:{column}: error RG0106: the alias *s is inside the value &s it repeats", build.Err);
    }

    [Fact]
    public async Task Front_matter_over_the_size_limit_is_refused_at_line_1()
    {
        using var site = Site("max_file_size: 1 MiB\n", "---\ntitle: Big\ndate: 2026-01-01\nnote: " + new string('x', 70 * 1024) + "\n---\nText.\n");

        var build = await BuildWithin(site);

        Assert.Equal(1, build.Exit);
        Assert.Contains("content/articles/bomb.md:1:1: error RG0118: the front matter is 70 KiB, over the limit of 64 KiB", build.Err);
        Assert.Contains("limits.front_matter_size", build.Err);
    }

    [Fact]
    public async Task Each_front_matter_limit_can_be_raised_in_site_yml()
    {
        var deep = new string('[', 40) + new string(']', 40);
        using var site = Site("max_file_size: 1 MiB\nlimits:\n  front_matter_size: 128 KiB\n  yaml_depth: 50\n  yaml_values: 200000\n",
            "---\ntitle: Big\ndate: 2026-01-01\nnote: " + new string('x', 70 * 1024) + "\nextra: " + deep + "\n" + AliasBomb(levels: 5) + "---\nText.\n");

        var build = await BuildWithin(site);

        Assert.True(build.Exit == 0, build.Err);
    }

    [Fact]
    public async Task More_files_than_max_files_is_an_error_at_the_first_file_past_it()
    {
        using var site = Site("limits:\n  max_files: 5\n", "---\ntitle: Small\ndate: 2026-01-01\n---\nText.\n");

        var build = await BuildWithin(site);

        Assert.NotEqual(0, build.Exit);
        var error = Assert.Single(build.Err.Split('\n'), l => l.Contains("error RG0118"));
        Assert.Matches(@"^\S+:1:1: error RG0118: the site has more than 5 files in content/, templates/, data/ and static/", error);
        Assert.Contains("limits.max_files", error);
    }

    [Fact]
    public async Task Output_past_max_output_size_is_an_error_that_names_the_largest_file()
    {
        using var site = Site("limits:\n  max_output_size: 2 KiB\n", "---\ntitle: Small\ndate: 2026-01-01\n---\n" + new string('x', 900) + "\n");
        var output = Path.Combine(site.Root, BuildOptions.DefaultOutputFolder);

        var build = await BuildWithin(site);

        Assert.NotEqual(0, build.Exit);
        Assert.Contains("site.yml:1:1: error RG0118: the output would be over 0 MiB, past the limit of 0 MiB", build.Err);
        Assert.Contains("limits.max_output_size", build.Err);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("limits:\n  yaml_depth: lots\n", "site.yml:4:15: error RG0003: 'limits.yaml_depth' must be a positive whole number")]
    [InlineData("limits:\n  max_output_size: huge\n", "site.yml:4:20: error RG0003: 'limits.max_output_size' must be a size such as 1048576, 512 KiB, 2 MiB or 4 GiB")]
    [InlineData("limits:\n  max_file: 10\n", "site.yml:4:3: warning RG0003: unknown limit 'limits.max_file' (did you mean 'max_files'?)")]
    public async Task A_wrong_limit_is_reported_at_its_line(string settings, string expected)
    {
        using var site = Site(settings, "---\ntitle: Small\ndate: 2026-01-01\n---\nText.\n");

        var build = await BuildWithin(site);

        Assert.Contains(expected, build.Err);
    }

    [Fact]
    public async Task An_alias_bomb_in_site_yml_or_a_comment_file_is_refused_too()
    {
        using var site = Site("params:\n" + string.Concat(AliasBomb().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n")), "---\ntitle: Small\ndate: 2026-01-01\n---\nText.\n");
        var settings = await BuildWithin(site);
        Assert.Contains("site.yml:8:", settings.Err);
        Assert.Contains("error RG0118", settings.Err);

        using var comments = Site("comments:\n  provider: static\n", "---\ntitle: Small\ndate: 2026-01-01\n---\nText.\n");
        comments.Write("data/comments/bomb/2026-01-02-sam.yml", "name: Sam\ndate: 2026-01-02\nbody: hi\n" + AliasBomb());
        var comment = await BuildWithin(comments);
        Assert.Contains("data/comments/bomb/2026-01-02-sam.yml:8:", comment.Err);
        Assert.Contains("error RG0118", comment.Err);
    }

    public static TheoryData<string, string, int, string> PathologicalBodies => new()
    {
        { "quotes nested 100,000 deep", new string('>', 100_000) + " x\n", 5, "nests quotes, lists, brackets or emphasis more than a hundred levels deep" },
        { "200,000 opening brackets", new string('[', 200_000) + "\n", 5, "more than a hundred levels deep" },
        { "emphasis nested 100,000 deep", new string('*', 200_000) + "x" + new string('*', 200_000) + "\n", 5, "more than a hundred levels deep" },
        { "100,000 unclosed <div> elements", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "\n", 5, "opens more than 100 elements without closing them" },
        { "50,000 headings", string.Concat(Enumerable.Repeat("# h\n", 50_000)), 1005, "more than 1,000 headings" },
    };

    [Theory]
    [MemberData(nameof(PathologicalBodies))]
    public async Task A_body_that_would_stall_the_Markdown_stage_is_refused_at_its_line(string name, string body, int line, string problem)
    {
        using var site = Site("max_file_size: 1 MiB\n", "---\ntitle: Shape\ndate: 2026-01-01\n---\n" + body);

        var build = await BuildWithin(site);

        Assert.True(build.Exit == 1, $"{name}: exit {build.Exit}\n{build.Err}");
        Assert.Contains($"content/articles/bomb.md:{line}:1: error RG0118: ", build.Err);
        Assert.Contains(problem, build.Err);
    }

    [Fact]
    public async Task A_2_KB_word_does_not_blow_up_the_similar_words_index()
    {
        // Once 8 GB and 50 s: the index of similar words filed each 2-deletion of a 2,000-character token
        using var site = Site("", "---\ntitle: Word\ndate: 2026-01-01\n---\n" + string.Concat(Enumerable.Repeat("[a](<", 400)) + "\n");

        var build = await BuildWithin(site);

        Assert.True(build.Exit == 0, build.Err);
        Assert.True(Directory.GetFiles(Path.Combine(site.Root, "_site"), "*", SearchOption.AllDirectories).Length < 100);
    }

    private static SiteFixture Site(string settings, string page) => SiteFixture.Create(
        "-- site.yml --\ntitle: Lib\nbase_url: https://example.org/\n" + settings + "-- content/articles/bomb.md --\n" + page + SiteFixture.MinimalTemplates);

    /// <summary>Builds with the CLI; a build still running after <see cref="HangGuard"/> fails the test instead of blocking the suite.</summary>
    private static Task<(int Exit, string Out, string Err)> BuildWithin(SiteFixture site)
        => CliRunner.RunWithin(HangGuard, "build", "--source", site.Root, "--format", "text");
}
