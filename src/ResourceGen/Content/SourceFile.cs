namespace ResourceGen.Content;

/// <summary>A Markdown file found under <c>content/</c>.</summary>
/// <param name="RelativePath">Path from the site folder with forward slashes, e.g. <c>content/articles/a.md</c>.</param>
/// <param name="FullPath">Absolute path on disk.</param>
public sealed record SourceFile(string RelativePath, string FullPath);
