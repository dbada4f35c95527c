using ResourceGen.SiteFile;
using ResourceGen.Comments;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Comments;

public class CommentSettingsReaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string comments)
    {
        var diagnostics = new DiagnosticBag();
        return (SiteConfigLoader.Parse("title: Lib\nbase_url: https://example.org/\n" + comments, null, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void Without_a_comments_section_no_page_has_comments()
    {
        var (config, diagnostics) = Parse("");

        Assert.Empty(diagnostics);
        Assert.Null(config!.Comments.Service);
        Assert.False(config.Comments.IsOnFor("article", true));
    }

    [Fact]
    public void The_issue_example_configures_giscus_with_consent_on_by_default()
    {
        var (config, diagnostics) = Parse("""
            comments:
              provider: giscus
              giscus: { repo: owner/name, repo_id: R_x, category: Q&A, category_id: DIC_x, mapping: pathname, origin: https://giscus.app }
            """);

        Assert.Empty(diagnostics);
        var giscus = Assert.IsType<GiscusEmbed>(config!.Comments.Service);
        Assert.Equal(("owner/name", "R_x", "Q&A", "DIC_x", "https://giscus.app"), (giscus.Repo, giscus.RepoId, giscus.Category, giscus.CategoryId, giscus.Origin));
        Assert.True(config.Comments.Consent);
    }

    [Fact]
    public void A_missing_required_key_is_an_error_naming_the_key_at_its_block()
    {
        var (config, diagnostics) = Parse("""
            comments:
              provider: giscus
              giscus:
                repo: owner/name
                category: Q&A
                category_id: DIC_x
            """);

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0601", Severity.Error, "site.yml", 5, 3), (error.Code, error.Severity, error.File, error.Line, error.Column));
        Assert.Contains("'comments.giscus.repo_id' is required", error.Message);
        Assert.Equal(DiagnosticCategory.Configuration, error.Descriptor.Category);
    }

    [Fact]
    public void A_provider_without_its_block_reports_every_required_key_at_the_provider_line()
    {
        var (_, diagnostics) = Parse("comments:\n  provider: disqus\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0601", 4, 13), (error.Code, error.Line, error.Column));
        Assert.Contains("'comments.disqus.shortname' is required", error.Message);
    }

    [Theory]
    [InlineData("comments:\n  provider: giscuss\n", 4, 13, "'comments.provider' 'giscuss' is not a comment provider", "did you mean 'giscus'?")]
    [InlineData("comments:\n  provider: cusdis\n  cusdis: { app_id: x, origin: cusdis.com }\n", 5, 32, "'comments.cusdis.origin' must be an absolute http(s) URL", "got 'cusdis.com'")]
    [InlineData("comments:\n  provider: static\n  types: { checklists: false }\n", 5, 12, "'comments.types.checklists' is not a content type", "did you mean 'checklist'?")]
    [InlineData("comments:\n  provider: static\n  consent: maybe\n", 5, 12, "'comments.consent' must be true or false", "")]
    [InlineData("comments:\n  provider: giscus\n  giscus: { repo: o/n, repo_id: R, category: C, category_id: D, mapping: number }\n", 5, 74, "'comments.giscus.mapping' must be one of pathname, url, title, og:title", "got 'number'")]
    [InlineData("comments:\n  provider: remark42\n  remark42: { site_id: lib }\n", 5, 3, "'comments.remark42.origin' is required", "")]
    public void Bad_settings_are_errors_naming_the_key_at_its_position(string yaml, int line, int column, string message, string hint)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Null(config);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("RG0601", "site.yml", line, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void Self_hosted_servers_accept_host_as_their_own_docs_call_it()
    {
        var (config, diagnostics) = Parse("comments:\n  provider: isso\n  isso: { host: https://comments.example.org/isso/ }\n");

        Assert.Empty(diagnostics);
        Assert.Equal("https://comments.example.org/isso", Assert.IsType<IssoEmbed>(config!.Comments.Service).Origin);
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_a_suggestion()
    {
        var (config, diagnostics) = Parse("comments:\n  provider: utterances\n  concent: false\n  utterances: { repo: o/n, isue_term: title }\n");

        Assert.NotNull(config);
        Assert.Equal([("RG0601", Severity.Warning, 5), ("RG0601", Severity.Warning, 6)], diagnostics.Select(d => (d.Code, d.Severity, d.Line)));
        Assert.Contains("unknown setting 'comments.concent' (did you mean 'consent'?)", diagnostics[0].Message);
        Assert.Contains("'comments.utterances.isue_term' is not a setting of this provider (did you mean 'issue_term'?)", diagnostics[1].Message);
    }

    [Fact]
    public void Type_defaults_and_the_page_key_decide_which_pages_have_comments()
    {
        var (config, _) = Parse("comments:\n  provider: static\n  consent: false\n  types: { checklist: false }\n");
        var comments = config!.Comments;

        Assert.False(comments.Consent);
        Assert.True(comments.IsOnFor("article", null));
        Assert.False(comments.IsOnFor("checklist", null));
        Assert.True(comments.IsOnFor("checklist", true));
        Assert.False(comments.IsOnFor("article", false));
    }

    [Fact]
    public void The_static_endpoint_must_be_a_URL()
    {
        var (config, diagnostics) = Parse("comments:\n  provider: static\n  static: { endpoint: https://api.staticman.net/v3/entry/github/o/r/main/comments }\n");

        Assert.Empty(diagnostics);
        Assert.Equal("https://api.staticman.net/v3/entry/github/o/r/main/comments", Assert.IsType<StaticComments>(config!.Comments.Service).Endpoint);
    }
}
