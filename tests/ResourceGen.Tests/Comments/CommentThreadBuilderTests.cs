using ResourceGen.Comments;
using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Comments;

public class CommentThreadBuilderTests
{
    private static StaticComment Comment(string id, string date, string? replyTo = null, string body = "Hi") =>
        new(id, $"data/comments/a/{id}.yml", id.ToUpperInvariant(), DateTimeOffset.Parse(date + "T00:00:00Z"), false, body, replyTo, replyTo is null ? 0 : 4, replyTo is null ? 0 : 11);

    private static (IReadOnlyList<CommentNode> Thread, IReadOnlyList<Diagnostic> Diagnostics) Build(params StaticComment[] comments)
    {
        var diagnostics = new DiagnosticBag();
        return (CommentThreadBuilder.Build(comments, new CommentBodyRenderer(), diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void Replies_nest_under_the_comment_they_answer_oldest_first()
    {
        var (thread, diagnostics) = Build(
            Comment("c", "2026-03-05", replyTo: "a"),
            Comment("a", "2026-03-01"),
            Comment("d", "2026-03-06", replyTo: "c"),
            Comment("b", "2026-03-02", replyTo: "a"),
            Comment("e", "2026-02-01"));

        Assert.Empty(diagnostics);
        Assert.Equal(["e", "a"], thread.Select(c => c.Id));
        var a = thread[1];
        Assert.Equal(["b", "c"], a.Replies.Select(c => c.Id));
        Assert.Equal(("d", "C", "comment-c"), (a.Replies[1].Replies[0].Id, a.Replies[1].Replies[0].ReplyToName, a.Replies[1].Replies[0].ReplyToAnchor));
        Assert.Equal(4, a.Count);
        Assert.Equal(("2026-03-01", "comment-a", null), (a.Timestamp, a.Anchor, a.ReplyToName));
    }

    [Fact]
    public void A_comment_records_the_other_origins_its_body_loads_images_from_for_the_page_policy()
    {
        var (thread, _) = Build(Comment("a", "2026-03-01", body: "Look: ![A drawing](https://images.example.org/a.png) and [a link](https://elsewhere.example.org/)."));

        Assert.Equal([new Security.PolicySource("img-src", "https://images.example.org")], thread[0].EmbeddedSources);
    }

    [Fact]
    public void A_reply_to_an_unknown_comment_is_an_error_at_the_reply_to_value()
    {
        var (_, diagnostics) = Build(Comment("a", "2026-03-01"), Comment("bb", "2026-03-02", replyTo: "ab"));

        var error = Assert.Single(diagnostics);
        Assert.Equal(("RG0603", "data/comments/a/bb.yml", 4, 11), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("'reply_to' names 'ab', but this thread has no comment file ab.yml (did you mean 'a'?)", error.Message);
    }

    [Fact]
    public void Replies_that_answer_each_other_in_a_loop_are_errors()
    {
        var (thread, diagnostics) = Build(Comment("a", "2026-03-01", replyTo: "b"), Comment("b", "2026-03-02", replyTo: "a"), Comment("c", "2026-03-03"));

        Assert.Equal(["c"], thread.Select(c => c.Id));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("RG0603", d.Code));
        Assert.Contains("the replies form a loop (a → b → a)", diagnostics[0].Message);
    }

    [Fact]
    public void Bodies_are_Markdown_and_raw_HTML_shows_as_text()
    {
        var (thread, _) = Build(Comment("a", "2026-03-01", body: "Is **this** safe? <script>alert('x')</script>\n\n# Not a heading\n\n[link](javascript:alert(1))"));

        var html = thread[0].Body.Value;
        Assert.Contains("<strong>this</strong>", html);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<h1", html);
        Assert.Contains("# Not a heading", html);
        Assert.DoesNotContain("javascript:", html);
    }
}
