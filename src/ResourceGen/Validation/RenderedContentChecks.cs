using ResourceGen.Diagnostics;
using ResourceGen.Model;
using ResourceGen.Schema;

namespace ResourceGen.Validation;

/// <summary>Checks that need a page's rendered body: a checklist must have items.</summary>
public static class RenderedContentChecks
{
    /// <summary>Reports every rendered page that breaks a body rule.</summary>
    public static void Check(IEnumerable<RenderedItem> items, DiagnosticBag diagnostics)
    {
        foreach (var (item, content) in items)
        {
            if (item.Type == ContentTypes.Checklist && content.ChecklistItems.Count == 0)
                diagnostics.Error(DiagnosticCodes.EmptyChecklist, item.SourcePath, item.BodyFirstLine, 1,
                    "this checklist has no items; write each item on its own line as '- [ ] Pack a snack'");
        }
    }
}
