using ResourceGen.Output;
using ResourceGen.Schema;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>A list page per content type: <c>/articles/</c>, <c>/activities/</c>, <c>/checklists/</c>.</summary>
public sealed class SectionPagesGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) => PageRendering.Render(context,
        context.Site.Sections.Select(section =>
        {
            var sitePath = $"/{ContentTypes.ByName(section.Name)!.Section}/";
            var description = $"{section.Title} from {context.Site.Config.Title}.";
            return (new PageRenderRequest(PageRendering.IndexPath(sitePath), "list.html", "section", section.Title, description, sitePath,
                    new Dictionary<string, object?> { ["section"] = section }),
                section.Pages.Select(p => p.LastModified).Max(),
                true);
        }));
}
