using ResourceGen.Configuration;

namespace ResourceGen.Model;

/// <summary>The whole site as data: what every output generator and template reads.</summary>
/// <param name="Config">The site settings.</param>
/// <param name="Pages">Every published page, newest first (undated last, then by title).</param>
/// <param name="Sections">One per content type, in menu order.</param>
/// <param name="Tags">Every tag, by slug.</param>
/// <param name="Audiences">Every audience that has pages, in the schema's order.</param>
internal sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Term> Tags,
    IReadOnlyList<Term> Audiences);
