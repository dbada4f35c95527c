using ResourceGen.Model;
using ResourceGen.Search;
using ResourceGen.Security;
using Scriban.Runtime;

namespace ResourceGen.Generation;

/// <summary>Makes the <c>site</c> object templates see: settings plus the site's collections.</summary>
internal static class SiteVariables
{
    /// <summary>How many tags <c>site.top_tags</c> holds.</summary>
    public const int TopTagCount = 12;

    /// <summary>How many pages <c>site.latest</c> holds.</summary>
    public const int LatestCount = 6;

    /// <summary>Builds <c>site</c> from one language's model; <paramref name="languages"/> are the site's languages, with their home pages.</summary>
    public static ScriptObject Create(SiteModel model, IReadOnlyList<LanguageLink> languages)
    {
        var config = model.Config;
        return new ScriptObject
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["base_path"] = config.BasePath,
            ["language"] = config.Language,
            ["language_dir"] = config.CurrentLanguage.RightToLeft ? "rtl" : "ltr",
            ["languages"] = languages,
            ["search_stemmer"] = LunrLanguage.For(config.Language).BrowserModule,
            ["author"] = config.Author,
            ["params"] = config.Params,
            ["pages"] = model.Pages,
            ["latest"] = model.Pages.Take(LatestCount).ToList(),
            ["sections"] = model.Sections,
            ["types"] = config.Schema.Types.Named,
            ["tags"] = model.Tags,
            ["top_tags"] = model.Tags.OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Take(TopTagCount).ToList(),
            ["audiences"] = model.Audiences,
            ["feed_url"] = config.LocalUrl(AtomFeedGenerator.SitePath),
            // Pages other than resources load nothing from another origin; resources carry their own policy as 'csp'.
            ["csp"] = ContentSecurityPolicy.SiteOnly.ToAttributeValue(),
        };
    }
}
