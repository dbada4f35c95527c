using ResourceGen.Model;

namespace ResourceGen.Comments;

/// <summary>The comment section of every page that has one.</summary>
/// <param name="sections">The sections by page.</param>
public sealed class CommentSections(IReadOnlyDictionary<Page, CommentSection> sections)
{
    /// <summary>No page has comments.</summary>
    public static CommentSections None { get; } = new(new Dictionary<Page, CommentSection>());

    /// <summary>The comments of <paramref name="page"/>, or null when it has none.</summary>
    public CommentSection? For(Page page) => sections.GetValueOrDefault(page);
}
