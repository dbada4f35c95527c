namespace ResourceGen.Model;

/// <summary>What a translation's page says when its original changed after it (<c>page.outdated</c>).</summary>
/// <param name="OriginalUrl">The original's URL.</param>
/// <param name="OriginalLanguage">The original's language, by its name.</param>
/// <param name="Changed">The original's last change.</param>
/// <param name="Translated">The translation's last update.</param>
internal sealed record TranslationNotice(string OriginalUrl, string OriginalLanguage, DateOnly Changed, DateOnly Translated);
