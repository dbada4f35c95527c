using ResourceGen.Model;
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

    /// <summary>Builds <c>site</c> from the model.</summary>
    public static ScriptObject Create(SiteModel model)
    {
        var config = model.Config;
        return new ScriptObject
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["base_path"] = config.BasePath,
            ["language"] = config.Language,
            ["author"] = config.Author,
            ["params"] = config.Params,
            ["pages"] = model.Pages,
            ["latest"] = model.Pages.Take(LatestCount).ToList(),
            ["sections"] = model.Sections,
            ["types"] = config.Schema.Types.Named,
            ["tags"] = model.Tags,
            ["top_tags"] = model.Tags.OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Take(TopTagCount).ToList(),
            ["audiences"] = model.Audiences,
            ["feed_url"] = config.RelativeUrl(AtomFeedGenerator.SitePath),
            // Pages other than resources load nothing from another origin; resources carry their own policy as 'csp'.
            ["csp"] = ContentSecurityPolicy.SiteOnly.ToAttributeValue(),
        };
    }
}
