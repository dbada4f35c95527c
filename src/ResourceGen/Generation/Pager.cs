using System.Globalization;
using ResourceGen.Model;

namespace ResourceGen.Generation;

/// <summary>
/// One page of a paginated list, as templates see it (<c>pager</c>). It holds no list of every page, only how to
/// make their URLs, so comparing two pagers (the live preview does) costs the same on a list of any length.
/// </summary>
/// <param name="Pages">The resources on this page.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Total">How many pages the list has.</param>
/// <param name="TotalItems">Resources in the whole list.</param>
/// <param name="PageSize">Resources per page.</param>
/// <param name="FirstUrl">The URL of page 1, the list's own URL.</param>
/// <param name="UrlPattern">The URL of the other pages, with <c>{n}</c> for the number, e.g. <c>/articles/page/{n}/</c>.</param>
internal sealed record Pager(IReadOnlyList<Page> Pages, int Number, int Total, int TotalItems, int PageSize, string FirstUrl, string UrlPattern)
{
    /// <summary>How many pages either side of this one <see cref="Window"/> links to.</summary>
    public const int Reach = 2;

    /// <summary>The previous page's URL, or null on the first page.</summary>
    public string? PrevUrl => Number > 1 ? UrlOf(Number - 1) : null;

    /// <summary>The next page's URL, or null on the last page.</summary>
    public string? NextUrl => Number < Total ? UrlOf(Number + 1) : null;

    /// <summary>The position in the whole list of this page's first resource, from 1.</summary>
    public int FirstItem => (Number - 1) * PageSize + 1;

    /// <summary>The position in the whole list of this page's last resource.</summary>
    public int LastItem => FirstItem + Pages.Count - 1;

    /// <summary>The pages to link to: the first, the last, and those within <see cref="Reach"/> of this one, in order.</summary>
    public IReadOnlyList<PagerLink> Window => new SortedSet<int>(Enumerable.Range(Number - Reach, 2 * Reach + 1).Where(n => n >= 1 && n <= Total)) { 1, Total }
        .Select(n => new PagerLink(n, UrlOf(n)))
        .ToList();

    /// <summary>The URL of page <paramref name="number"/>.</summary>
    public string UrlOf(int number) => number == 1 ? FirstUrl : UrlPattern.Replace("{n}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>A link to one page of a list.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Url">Its URL path, base path included.</param>
internal sealed record PagerLink(int Number, string Url);
