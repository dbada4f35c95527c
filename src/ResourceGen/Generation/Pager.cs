using ResourceGen.Model;

namespace ResourceGen.Generation;

/// <summary>One page of a paginated list, as templates see it (<c>pager</c>).</summary>
/// <param name="Pages">The resources on this page.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Links">Every page of the list, for the page links.</param>
/// <param name="TotalItems">Resources in the whole list.</param>
/// <param name="PageSize">Resources per page.</param>
public sealed record Pager(IReadOnlyList<Page> Pages, int Number, IReadOnlyList<PagerLink> Links, int TotalItems, int PageSize)
{
    /// <summary>How many pages the list has.</summary>
    public int Total => Links.Count;

    /// <summary>The previous page's URL, or null on the first page.</summary>
    public string? PrevUrl => Number > 1 ? Links[Number - 2].Url : null;

    /// <summary>The next page's URL, or null on the last page.</summary>
    public string? NextUrl => Number < Links.Count ? Links[Number].Url : null;

    /// <summary>The position in the whole list of this page's first resource, from 1.</summary>
    public int FirstItem => (Number - 1) * PageSize + 1;

    /// <summary>The position in the whole list of this page's last resource.</summary>
    public int LastItem => FirstItem + Pages.Count - 1;
}

/// <summary>A link to one page of a list.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Url">Its URL path, base path included.</param>
public sealed record PagerLink(int Number, string Url);
