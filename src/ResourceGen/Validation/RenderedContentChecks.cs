using ResourceGen.Diagnostics;
using ResourceGen.Model;
using ResourceGen.Schema;

namespace ResourceGen.Validation;

/// <summary>Checks that need a page's rendered body: each feature of the page's type checks its own rule (a checklist must have items).</summary>
internal static class RenderedContentChecks
{
    /// <summary>Reports every rendered page that breaks a body rule.</summary>
    public static void Check(IEnumerable<RenderedItem> items, DiagnosticBag diagnostics)
    {
        foreach (var (item, content) in items)
        {
            if (item.Type.Features.Count == 0) continue;
            var body = new BodyFacts(item.SourcePath, item.BodyFirstLine, item.Type, content.ChecklistItems.Count);
            foreach (var feature in item.Type.Features) feature.CheckBody(body, diagnostics);
        }
    }
}
