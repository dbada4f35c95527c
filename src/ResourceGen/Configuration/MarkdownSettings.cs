namespace ResourceGen.Configuration;

/// <summary>How Markdown is rendered, from the <c>markdown:</c> section of <c>site.yml</c>.</summary>
internal sealed record MarkdownSettings
{
    /// <summary>Hosts whose video iframes are kept in raw HTML.</summary>
    public static readonly IReadOnlyList<string> DefaultIframeHosts = ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"];

    /// <summary>When true, raw HTML is written as it is, without sanitising.</summary>
    public bool UnsafeHtml { get; init; }

    /// <summary>Hosts whose iframes survive sanitising.</summary>
    public IReadOnlyList<string> IframeHosts { get; init; } = DefaultIframeHosts;
}
