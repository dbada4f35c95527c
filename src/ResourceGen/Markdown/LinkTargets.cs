namespace ResourceGen.Markdown;

/// <summary>What links in content may point to, by source path.</summary>
/// <param name="PageUrls">Site path of every page in this build (<c>content/articles/a.md</c> → <c>/articles/a/</c>).</param>
/// <param name="Drafts">Pages left out because they are drafts: a link to one is an error with its own message.</param>
/// <param name="Unreadable">Pages that failed to load: their own errors are reported, links to them are not.</param>
/// <param name="Resources">Non-Markdown files under <c>content/</c>.</param>
internal sealed record LinkTargets(
    IReadOnlyDictionary<string, string> PageUrls,
    IReadOnlySet<string> Drafts,
    IReadOnlySet<string> Unreadable,
    IReadOnlySet<string> Resources);
