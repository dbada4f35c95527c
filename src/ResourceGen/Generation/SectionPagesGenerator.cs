using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>A paginated list per content type at its folder's path: <c>/articles/</c>, <c>/activities/</c>, <c>/checklists/</c> ...</summary>
internal sealed class SectionPagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) => PageRendering.Render(context,
        context.Site.Sections.SelectMany(section => context.Derive(section, section =>
        {
            var config = context.Site.Config;
            var description = config.Texts.Format("section_description", "{0} from {1}.", section.Title, config.Title);
            return Paginator.Paginate(context.Site.Config, section.SitePath, section.Pages,
                (sitePath, suffix, pager) => new PageRenderRequest(PageRendering.IndexPath(sitePath), "list.html", "section",
                    section.Title + suffix, description, sitePath,
                    new Dictionary<string, object?> { ["section"] = section, ["pager"] = pager })).ToList();
        })));
}
