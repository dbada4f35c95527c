using ResourceGen.Security;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Comments;

public class ContentSecurityPolicyTests
{
    [Fact]
    public void A_page_without_comments_allows_its_own_origin_only()
    {
        Assert.Equal("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'",
            ContentSecurityPolicy.SiteOnly.ToString());
    }

    [Fact]
    public void Added_sources_join_their_directive_which_starts_from_self()
    {
        var policy = ContentSecurityPolicy.SiteOnly.With([new("frame-src", "https://giscus.app"), new("script-src", "https://giscus.app"), new("script-src", "https://giscus.app")]);

        Assert.Equal("default-src 'self'; script-src 'self' https://giscus.app; img-src 'self' data:; frame-src 'self' https://giscus.app; object-src 'none'; base-uri 'self'; form-action 'self'",
            policy.ToString());
        Assert.Equal(policy.ToString(), policy.ToAttributeValue().Value);
    }

    [Fact]
    public void Images_and_videos_the_content_embeds_from_elsewhere_are_found()
    {
        var sources = HtmlReading.EmbeddedSources("""
            <p><img src="https://images.example.org/a.png" alt="A"><img src="/local.png" alt="B"><img src="//cdn.example.net/b.png" alt="C"></p>
            <iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><a href="https://elsewhere.example.org/">link</a>
            """);

        Assert.Equal([new("img-src", "https://images.example.org"), new("img-src", "cdn.example.net"), new("frame-src", "https://www.youtube-nocookie.com")], sources);
    }
}
