using ResourceGen.SiteFile;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Configuration;

public class SiteConfigLoaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, string? baseUrl = null)
    {
        var diagnostics = new DiagnosticBag();
        return (SiteConfigLoader.Parse(yaml, baseUrl, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void Reads_settings_and_keeps_params_for_templates()
    {
        var (config, diagnostics) = Parse("title: Lib\nbase_url: https://user.github.io/library\nparams:\n  intro: Hello\n  count: 3\n");

        Assert.Empty(diagnostics);
        Assert.Equal("https://user.github.io/library/", config!.BaseUrl);
        Assert.Equal("/library/", config.BasePath);
        Assert.Equal("/library/tags/", config.RelativeUrl("/tags/"));
        Assert.Equal("https://user.github.io/library/feed.xml", config.AbsoluteUrl("/feed.xml"));
        Assert.Equal("Hello", config.Params["intro"]);
        Assert.Equal(3L, config.Params["count"]);
    }

    [Fact]
    public void The_command_line_base_url_wins()
    {
        var (config, _) = Parse("title: Lib\nbase_url: https://example.org/\n", "https://user.github.io/lib/");

        Assert.Equal("/lib/", config!.BasePath);
    }

    [Theory]
    [InlineData("title: [Lib\n", 0, "RG0002")]
    [InlineData("base_url: https://example.org/\n", 1, "RG0003")]
    [InlineData("title: Lib\nbase_url: not a url\n", 2, "RG0003")]
    [InlineData("title: Lib\nfeed_limit: lots\n", 2, "RG0003")]
    public void Bad_settings_are_configuration_errors_with_a_line(string yaml, int line, string code)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal((code, DiagnosticCategory.Configuration), (error.Code, error.Descriptor.Category));
        if (line > 0) Assert.Equal(line, error.Line);
    }

    [Fact]
    public void An_unknown_setting_is_a_warning_with_a_suggestion()
    {
        var (config, diagnostics) = Parse("title: Lib\ndescripton: x\n");

        Assert.NotNull(config);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 2), (warning.Severity, warning.Line));
        Assert.Contains("did you mean 'description'?", warning.Message);
    }
}
