namespace ResourceGen.Model;

/// <summary>A tag or audience and the pages that carry it.</summary>
/// <param name="Name">Display name (for tags, the most common spelling).</param>
/// <param name="Slug">URL segment.</param>
/// <param name="Url">URL path of its page, base path included.</param>
/// <param name="Pages">Pages carrying it, newest first.</param>
internal sealed record Term(string Name, string Slug, string Url, IReadOnlyList<Page> Pages)
{
    /// <summary>What the tag covers, from the tag vocabulary in site.yml; empty when none is declared.</summary>
    public string Description { get; init; } = "";

    /// <summary>How many pages carry it.</summary>
    public int Count => Pages.Count;
}

/// <summary>All pages of one content type, for its list page.</summary>
/// <param name="Name">The type name, e.g. <c>activity</c>.</param>
/// <param name="Title">Plural title, e.g. "Activity guides".</param>
/// <param name="Url">URL path of the list page.</param>
/// <param name="Pages">Pages newest first.</param>
internal sealed record Section(string Name, string Title, string Url, IReadOnlyList<Page> Pages)
{
    /// <summary>How many pages it has.</summary>
    public int Count => Pages.Count;

    /// <summary>The list's site path without the base path, e.g. <c>/activities/</c>.</summary>
    public string SitePath { get; init; } = "/";

    /// <summary>
    /// The features its type turns on, each with what the list page needs of it (<c>section.features.activity_filter.ages</c>),
    /// or true when it needs nothing.
    /// </summary>
    public IReadOnlyDictionary<string, object> Features { get; init; } = new Dictionary<string, object>();
}
