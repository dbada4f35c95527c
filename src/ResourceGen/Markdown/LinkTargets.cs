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
    IReadOnlySet<string> Resources)
{
    /// <summary>The translations of each page that has some: source path by language code, by the page's source path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translated { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The source path of <paramref name="sourcePath"/>'s page in <paramref name="language"/>, when it has a translation there.</summary>
    public string? TranslationOf(string sourcePath, string language) =>
        Translated.TryGetValue(sourcePath, out var byLanguage) ? byLanguage.GetValueOrDefault(language) : null;
}
