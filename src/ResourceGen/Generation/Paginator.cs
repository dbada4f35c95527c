using ResourceGen.Configuration;
using ResourceGen.Model;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>
/// Splits a list page into pages of <see cref="SiteConfig.PageSize"/> resources: the first stays at the list's
/// own path (<c>/articles/</c>), the others go to <c>/articles/page/2/</c> and so on, as in Hugo.
/// </summary>
internal static class Paginator
{
    /// <summary>
    /// One render request per page of the list at <paramref name="sitePath"/>. <paramref name="request"/> makes the
    /// request of one page from its site path, its title suffix ("" on the first page, ", page 2 of 3" after) and
    /// its <see cref="Pager"/>; an empty list still gets its first page.
    /// </summary>
    public static IEnumerable<(PageRenderRequest Request, DateOnly? LastModified, bool InSitemap)> Paginate(
        SiteConfig config, string sitePath, IReadOnlyList<Page> pages,
        Func<string, string, Pager, PageRenderRequest> request)
    {
        var size = config.PageSize;
        var count = Math.Max(1, (pages.Count + size - 1) / size);
        var (firstUrl, urlPattern) = (config.RelativeUrl(sitePath), config.RelativeUrl($"{sitePath}page/{{n}}/"));
        for (var number = 1; number <= count; number++)
        {
            var slice = pages.Skip((number - 1) * size).Take(size).ToList();
            var pager = new Pager(slice, number, count, pages.Count, size, firstUrl, urlPattern);
            var suffix = number == 1 ? "" : config.Texts.Format("title_page_suffix", ", page {0} of {1}", number, count);
            yield return (request(PagePath(sitePath, number), suffix, pager), slice.Select(p => p.LastModified).Max(), true);
        }
    }

    /// <summary>The site path of page <paramref name="number"/> of the list at <paramref name="sitePath"/>.</summary>
    public static string PagePath(string sitePath, int number) => number == 1 ? sitePath : $"{sitePath}page/{number}/";
}
