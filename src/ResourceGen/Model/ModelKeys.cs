namespace ResourceGen.Model;

/// <summary>
/// Names the objects of a <see cref="SiteModel"/> that keep their identity from one build to the next (a page by its
/// source file, a tag or audience by its URL, a section by its type), so what a template read can be found again.
/// </summary>
public static class ModelKeys
{
    /// <summary>The key of the <c>site</c> object templates see.</summary>
    public const string Site = "site";

    /// <summary>The key of <paramref name="value"/>, or null for a plain value (a string, a list, a record).</summary>
    public static string? Of(object? value) => value switch
    {
        Page page => "page:" + page.SourcePath,
        Term term => "term:" + term.Url,
        Section section => "section:" + section.Name,
        _ => null,
    };

    /// <summary>Every keyed object of <paramref name="model"/> by key.</summary>
    public static Dictionary<string, object> Index(SiteModel model)
    {
        var index = new Dictionary<string, object>(model.Pages.Count + model.Tags.Count + 16, StringComparer.Ordinal);
        foreach (var page in model.Pages) index[Of(page)!] = page;
        foreach (var section in model.Sections) index[Of(section)!] = section;
        foreach (var term in model.Tags.Concat(model.Audiences)) index[Of(term)!] = term;
        return index;
    }
}
