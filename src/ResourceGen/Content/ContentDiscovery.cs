namespace ResourceGen.Content;

/// <summary>What <see cref="ContentDiscovery"/> found: pages to build and other files (images, PDFs) to copy.</summary>
/// <param name="Pages">Paths of the Markdown files, relative to the site folder, sorted.</param>
/// <param name="Resources">Paths of the other files under <c>content/</c>, sorted.</param>
internal sealed record DiscoveredContent(IReadOnlyList<string> Pages, IReadOnlyList<string> Resources)
{
    /// <summary>Equal when both list the same paths in the same order.</summary>
    public bool Equals(DiscoveredContent? other) =>
        other is not null && Pages.SequenceEqual(other.Pages, StringComparer.Ordinal) && Resources.SequenceEqual(other.Resources, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pages.Count, Resources.Count);
}

/// <summary>Sorts the files under <c>content/</c> into pages and resources; names starting with '.' or '_' are skipped.</summary>
internal static class ContentDiscovery
{
    /// <summary>The folder, under the site folder, that holds the content.</summary>
    public const string ContentFolder = "content";

    /// <summary>The pages and resources among <paramref name="paths"/> (relative to the site folder, in ordinal order).</summary>
    public static DiscoveredContent Classify(IEnumerable<string> paths)
    {
        var pages = new List<string>();
        var resources = new List<string>();
        foreach (var relative in paths)
        {
            if (relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith('_'))) continue;
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) pages.Add(relative);
            else resources.Add(relative);
        }
        return new DiscoveredContent(pages, resources);
    }
}
