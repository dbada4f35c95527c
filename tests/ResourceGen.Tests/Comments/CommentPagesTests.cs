using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Comments;

/// <summary>Which pages get comments, thread identity, and problems in data/comments/, on whole built sites.</summary>
public class CommentPagesTests
{
    private static readonly string Giscus = $"comments:\n  provider: giscus\n{CommentSite.ProviderBlocks}";

    [Fact]
    public void Comments_false_on_a_page_gives_no_embed_and_no_third_party_origin()
    {
        using var site = CommentSite.Create(Giscus);
        site.Write("content/articles/first-steps.md", "---\ntitle: First steps\ndate: 2026-01-01\ncomments: false\n---\nHello.\n");

        var html = CommentSite.Page(site.Build(), "articles/first-steps/index.html");

        Assert.DoesNotContain("giscus", html);
        Assert.DoesNotContain("class=\"comments\"", html);
        Assert.Contains("content=\"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'\"", html);
    }

    [Fact]
    public void Provider_none_gives_no_page_an_embed_or_a_third_party_origin()
    {
        using var site = CommentSite.Create($"comments:\n  provider: none\n{CommentSite.ProviderBlocks}");

        var result = site.Build();

        Assert.True(result.Succeeded);
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(file.Bytes);
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'\">", html);
            Assert.DoesNotContain("comments-embed", html);
            Assert.DoesNotContain("giscus", html);
        }
    }

    [Fact]
    public void Type_defaults_turn_comments_off_for_a_type_unless_the_page_asks()
    {
        using var site = CommentSite.Create(Giscus + "  types: { checklist: false, activity: false }\n");
        site.Write("content/activities/button-game.md", "---\ntitle: Button game\ncomments: true\n---\nPlay.\n");

        var result = site.Build();

        Assert.Contains("data-comments-embed", CommentSite.Page(result, "articles/first-steps/index.html"));
        Assert.DoesNotContain("data-comments-embed", CommentSite.Page(result, "checklists/packing-list/index.html"));
        Assert.Contains("data-comments-embed", CommentSite.Page(result, "activities/button-game/index.html"));
    }

    [Fact]
    public void Comments_id_keeps_the_thread_of_a_renamed_page()
    {
        using var site = CommentSite.Create("comments:\n  provider: static\n");
        site.Write("content/articles/first-steps.md", "---\ntitle: First steps\ndate: 2026-01-01\nslug: getting-started\ncomments_id: first-steps\n---\nHello.\n");
        site.Write("data/comments/first-steps/a.yml", "name: Priya\ndate: 2026-01-05\nbody: Kept after the rename.\n");

        var html = CommentSite.Page(site.Build(), "articles/getting-started/index.html");

        Assert.Contains("Kept after the rename.", html);
    }

    [Fact]
    public void With_comments_id_third_party_threads_keep_the_old_path_as_identifier()
    {
        using var site = CommentSite.Create($"comments:\n  provider: disqus\n{CommentSite.ProviderBlocks}");
        site.Write("content/articles/first-steps.md", "---\ntitle: First steps\ndate: 2026-01-01\nslug: getting-started\ncomments_id: first-steps\n---\nHello.\n");

        var html = CommentSite.Page(site.Build(), "articles/getting-started/index.html");

        Assert.Contains("""
            this.page.url = "https://example.org/library/articles/getting-started/";
            this.page.identifier = "/library/articles/first-steps/";
            """, html);
    }

    [Fact]
    public void With_comments_id_giscus_names_the_thread_as_its_pathname_mapping_did()
    {
        using var site = CommentSite.Create(Giscus);
        site.Write("content/articles/first-steps.md", "---\ntitle: First steps\ndate: 2026-01-01\nslug: getting-started\ncomments_id: first-steps\n---\nHello.\n");

        var html = CommentSite.Page(site.Build(), "articles/getting-started/index.html");

        Assert.Contains("data-mapping=\"specific\" data-term=\"library/articles/first-steps/\"", html);
    }

    [Fact]
    public void A_comments_folder_that_matches_no_page_is_an_error()
    {
        using var site = CommentSite.Create("comments:\n  provider: static\n");
        site.Write("data/comments/first-step/a.yml", "name: Priya\ndate: 2026-01-05\nbody: Hi\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG0604", "data/comments/first-step/"), (error.Code, error.File));
        Assert.Contains("no page has the slug or comments_id 'first-step' (did you mean 'first-steps'?)", error.Message);
    }

    [Fact]
    public void Two_pages_sharing_one_thread_is_an_error_at_the_second()
    {
        using var site = CommentSite.Create("comments:\n  provider: static\n");
        site.Write("content/activities/button-game.md", "---\ntitle: Button game\ncomments_id: first-steps\n---\nPlay.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG0605", "content/articles/first-steps.md", 1), (error.Code, error.File, error.Line));
        Assert.Contains("already the thread of content/activities/button-game.md", error.Message);
    }

    [Fact]
    public void Check_reports_comment_files_with_their_positions_and_exits_1()
    {
        using var site = CommentSite.Create("comments:\n  provider: static\n");
        site.Write("data/comments/first-steps/a.yml", "name: Priya\ndate: soon\nbody: Hi\n");
        site.Write("data/comments/first-steps/b.yml", "name: Tom\ndate: 2026-01-06\nreply_to: z\nbody: Hi\n");

        var (exit, stdout, _) = CliRunner.Run("check", "--source", site.Root, "--format", "text");

        Assert.Equal(1, exit);
        Assert.Contains("data/comments/first-steps/a.yml:2:7: error RG0602: 'date' must be a date written YYYY-MM-DD", stdout);
        Assert.Contains("data/comments/first-steps/b.yml:3:11: error RG0603: 'reply_to' names 'z'", stdout);
    }

    [Fact]
    public void Check_names_a_missing_provider_key_and_exits_2()
    {
        using var site = CommentSite.Create("comments:\n  provider: giscus\n  giscus: { repo: owner/name, category: Q&A, category_id: DIC_x }\n");

        var (exit, stdout, _) = CliRunner.Run("check", "--source", site.Root, "--format", "text");

        Assert.Equal(2, exit);
        Assert.Contains("site.yml:5:3: error RG0601: 'comments.giscus.repo_id' is required", stdout);
    }

    [Fact]
    public void Front_matter_keys_for_comments_are_checked()
    {
        using var site = CommentSite.Create("comments:\n  provider: static\n");
        site.Write("content/articles/first-steps.md", "---\ntitle: First steps\ndate: 2026-01-01\ncomments: sometimes\ncomments_id: First Steps\n---\nHello.\n");

        var codes = site.Build().Diagnostics.Select(d => (d.Code, d.Line)).ToList();

        Assert.Equal([("RG0105", 4), ("RG0108", 5)], codes);
    }
}
