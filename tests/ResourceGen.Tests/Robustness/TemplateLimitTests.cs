using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// A pull request can change the templates too. One that loops for ever, nests loops over huge ranges or writes a
/// page of gigabytes stops with an error at the template's line, in seconds; one that recurses stops at Scriban's
/// own limit.
/// </summary>
public class TemplateLimitTests
{
    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "1:17", "more than 50,000,000 steps for one page")]
    [InlineData("{{ for a in 1..100000 }}{{ for b in 1..100000 }}x{{ end }}{{ end }}", "1:47", "more than 50,000,000 steps for one page")]
    [InlineData("{{ for a in 1..100000000 }}" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + "{{ end }}", "1:26", "a page longer than 64 million characters")]
    [InlineData("{{ func f; f; end; f }}", "1:12", "recursive depth limit `100`")]
    [InlineData("{{ (1..200000000) | array.join ',' }}", "1:21", "exceeds LimitToString")]
    public async Task A_runaway_template_is_an_error_at_its_line(string home, string position, string problem)
    {
        using var site = SiteFixture.Create(BadInputCases.ValidSite + SiteFixture.MinimalTemplates);
        site.Write("templates/home.html", home);

        var (exit, _, stderr) = await CliRunner.RunWithin(TimeSpan.FromSeconds(60), "build", "--source", site.Root, "--format", "text");

        Assert.Equal(2, exit);
        Assert.Contains($"templates/home.html:{position}: error RG0501: ", stderr);
        Assert.Contains(problem, stderr);
    }
}
