using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Comments;

/// <summary>The exact embed markup and Content-Security-Policy each provider gives a page, pinned in Comments/Golden/.</summary>
public class CommentEmbedGoldenTests
{
    public static TheoryData<string> Providers() => ["giscus", "utterances", "disqus", "cusdis", "remark42", "isso"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_gets_its_documented_embed_and_exactly_its_origins(string provider)
    {
        using var site = CommentSite.Create($"comments:\n  provider: {provider}\n{CommentSite.ProviderBlocks}");

        var html = CommentSite.Page(site.Build(), "articles/first-steps/index.html");

        GoldenFile.Verify(Verified(provider), CommentSite.CommentsPart(html));
    }

    [Fact]
    public void With_consent_off_the_embed_loads_when_scrolled_near_without_a_button()
    {
        using var site = CommentSite.Create($"comments:\n  provider: giscus\n  consent: false\n{CommentSite.ProviderBlocks}");

        var html = CommentSite.Page(site.Build(), "articles/first-steps/index.html");

        GoldenFile.Verify(Verified("giscus-without-consent"), CommentSite.CommentsPart(html));
    }

    [Fact]
    public void A_static_thread_is_nested_escaped_HTML_with_a_Staticman_reply_form()
    {
        using var site = CommentSite.Create("comments:\n  provider: static\n  static: { endpoint: https://staticman.example.org/v3/entry/github/owner/library/main/comments }\n");
        site.Write("data/comments/first-steps/a-question.yml", "name: Priya (parent)\ndate: 2026-01-05\nbody: |\n  Does this work for a **four-year-old**?\n");
        site.Write("data/comments/first-steps/b-answer.yml", "name: Tom Ellery, OT\ndate: 2026-01-06T09:30:00Z\nreply_to: a-question\nbody: Yes, with bigger buttons.\n");
        site.Write("data/comments/first-steps/c-script.yml", "name: <b>Mallory</b>\ndate: 2026-01-07\nreply_to: b-answer\nbody: \"<script>alert('hi')</script> [click](javascript:alert(1))\"\n");

        var html = CommentSite.Page(site.Build(), "articles/first-steps/index.html");

        GoldenFile.Verify(Verified("static"), CommentSite.CommentsPart(html));
    }

    private static string Verified(string name) => Path.Combine(RepoPaths.TestProject, "Comments", "Golden", $"{name}.verified.html");
}
