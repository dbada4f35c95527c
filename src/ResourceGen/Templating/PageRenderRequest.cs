namespace ResourceGen.Templating;

/// <summary>One HTML page to render: its template, where it goes and the variables templates see.</summary>
/// <param name="OutputPath">Path in the output folder, e.g. <c>articles/a/index.html</c>.</param>
/// <param name="Template">The body template, e.g. <c>article.html</c>; <c>base.html</c> wraps it.</param>
/// <param name="Kind">What the page is: home, article, activity, checklist, section, tags, tag, audience, 404.</param>
/// <param name="Title">The page's own title (the layout adds the site name).</param>
/// <param name="Description">The meta description.</param>
/// <param name="SitePath">The page's site path without base path, e.g. <c>/tags/</c>.</param>
/// <param name="Variables">Further variables, e.g. <c>page</c>, <c>section</c>, <c>term</c>.</param>
internal sealed record PageRenderRequest(
    string OutputPath,
    string Template,
    string Kind,
    string Title,
    string Description,
    string SitePath,
    IReadOnlyDictionary<string, object?> Variables);
