namespace ResourceGen.Comments;

/// <summary>The comment files of one folder under <c>data/comments/</c>.</summary>
/// <param name="Id">The folder name: the page's slug, or its <c>comments_id</c>.</param>
/// <param name="Folder">The folder, relative to the site folder, e.g. <c>data/comments/why-practice-at-home/</c>.</param>
/// <param name="Comments">The comments that could be read, in file name order.</param>
internal sealed record CommentThreadFiles(string Id, string Folder, IReadOnlyList<StaticComment> Comments);
