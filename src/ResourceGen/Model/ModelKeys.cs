namespace ResourceGen.Model;

/// <summary>
/// Names the objects of a <see cref="SiteModel"/> that keep their identity from one build to the next (a page by its
/// source file, a tag or audience by its URL, a section by its site path), so what a template read can be found again.
/// </summary>
internal static class ModelKeys
{
    /// <summary>The key of the <c>site</c> object templates see in the default language.</summary>
    public const string Site = "site";

    /// <summary>The key of the <c>site</c> object of <paramref name="language"/>'s pages; <see cref="Site"/> for the default language.</summary>
    public static string SiteOf(string language, bool isDefault) => isDefault ? Site : Site + ":" + language;

    /// <summary>The key of <paramref name="value"/>, or null for a plain value (a string, a list, a record).</summary>
    /// <remarks>
    /// A page's source path starts with <c>content/</c> and a term's URL with <c>/</c> or a scheme, so neither can be
    /// another object's key, and the keys asked for every page at every rebuild are strings the model already holds.
    /// </remarks>
    public static string? Of(object? value) => value switch
    {
        Page page => page.SourcePath,
        Term term => term.Url,
        Section section => "section:" + section.SitePath,
        _ => null,
    };

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> have the same key, false when they have different
    /// keys, null when <paramref name="a"/> has none. Unlike comparing <see cref="Of"/>, this allocates nothing.
    /// </summary>
    public static bool? SameKey(object a, object b) => a switch
    {
        Page page => b is Page other && page.SourcePath == other.SourcePath,
        Term term => b is Term other && term.Url == other.Url,
        Section section => b is Section other && section.SitePath == other.SitePath,
        _ => null,
    };

    /// <summary>Every keyed object of <paramref name="model"/>.</summary>
    public static IEnumerable<object> All(SiteModel model) =>
        model.Pages.Cast<object>().Concat(model.Sections).Concat(model.Tags).Concat(model.Audiences);
}
