namespace ResourceGen.Content;

/// <summary>
/// Where a loaded content file is published, and all that links to it depend on: a body edit leaves it equal, so
/// nothing that only links to the page is rebuilt.
/// </summary>
/// <param name="SourcePath">The file, e.g. <c>content/articles/a.md</c>.</param>
/// <param name="SitePath">Its site path, e.g. <c>/articles/a/</c>.</param>
/// <param name="Draft">True for a draft.</param>
/// <param name="SlugLine">The line of its <c>slug</c> key (1 without one), where a clash of URLs is reported.</param>
/// <param name="Language">The code of its language.</param>
/// <param name="TranslationKey">What it shares with its translations (<see cref="ContentItem.TranslationKey"/>).</param>
/// <param name="KeyLine">The line of its <c>translation_key</c>, or 0 without one.</param>
internal sealed record PageAddress(string SourcePath, string SitePath, bool Draft, int SlugLine, string Language = "en", string TranslationKey = "", int KeyLine = 0)
{
    /// <summary>The address of <paramref name="item"/>.</summary>
    public static PageAddress Of(ContentItem item) =>
        new(item.SourcePath, item.SitePath, item.FrontMatter.Draft, item.FrontMatter.KeyLines.GetValueOrDefault("slug", 1),
            item.Language.Code, item.TranslationKey, item.FrontMatter.KeyLines.GetValueOrDefault("translation_key", 0));
}
