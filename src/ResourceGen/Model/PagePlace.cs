namespace ResourceGen.Model;

/// <summary>
/// What decides a page's place in the model's lists: its place in the newest-first order and its tags, which pick
/// its related pages. A body edit leaves it equal, so the order and the related pages stay as they are.
/// </summary>
/// <param name="Date">The publication date.</param>
/// <param name="Title">The title.</param>
/// <param name="SourcePath">The source file.</param>
/// <param name="TagSlugs">The tags' slugs, in the page's order.</param>
internal sealed record PagePlace(DateOnly? Date, string Title, string SourcePath, string[] TagSlugs)
{
    /// <summary>The place of <paramref name="page"/>.</summary>
    public static PagePlace Of(Page page) => new(page.Date, page.Title, page.SourcePath, [.. page.Tags.Select(t => t.Slug)]);

    /// <summary>Newest first; undated pages last; then by title and path so the order is stable.</summary>
    public static int NewestFirst(DateOnly? dateA, string titleA, string pathA, DateOnly? dateB, string titleB, string pathB)
    {
        var byDate = Nullable.Compare(dateB, dateA);
        if (byDate != 0) return byDate;
        var byTitle = string.CompareOrdinal(titleA, titleB);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(pathA, pathB);
    }

    /// <summary>Equal when every part is, the tags in the same order.</summary>
    public bool Equals(PagePlace? other) => other is not null && Date == other.Date && Title == other.Title
        && SourcePath == other.SourcePath && TagSlugs.AsSpan().SequenceEqual(other.TagSlugs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Title, SourcePath);
}
