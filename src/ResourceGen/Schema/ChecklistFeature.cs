using ResourceGen.Diagnostics;

namespace ResourceGen.Schema;

/// <summary><c>checklist</c>: the body must have task-list items; cards and the page head count them.</summary>
internal sealed class ChecklistFeature : TypeFeature
{
    /// <inheritdoc />
    public override string Name => "checklist";

    /// <inheritdoc />
    public override string Description => "The body must have task-list items (`- [ ] item`, error RG0116 otherwise); cards and the page head show how many.";

    /// <inheritdoc />
    public override void CheckBody(BodyFacts body, DiagnosticBag diagnostics)
    {
        if (body.ChecklistItems > 0) return;
        diagnostics.Error(DiagnosticCodes.EmptyChecklist, body.File, body.BodyFirstLine, 1,
            $"this {body.Type.SingularTitle.ToLowerInvariant()} has no items; write each item on its own line as '- [ ] Pack a snack'");
    }
}
