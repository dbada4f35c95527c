namespace ResourceGen.Model;

/// <summary>A link to a taxonomy page (a tag or an audience), as a page shows it.</summary>
/// <param name="Name">Shown to readers, e.g. "fine motor".</param>
/// <param name="Slug">The URL segment, e.g. <c>fine-motor</c>.</param>
/// <param name="Url">The page's URL path, base path included.</param>
internal sealed record TermLink(string Name, string Slug, string Url);
