using Markdig.Syntax.Inlines;

namespace ResourceGen.Markdown;

/// <summary>
/// A task-list line (<c>- [ ] text</c>) as a labelled checkbox: the box and the line's text sit in one label, so
/// tapping the words ticks the box and screen readers name the box by its text.
/// </summary>
internal sealed class ChecklistItemInline : ContainerInline
{
    /// <summary>True when written <c>- [x]</c>.</summary>
    public bool Checked { get; init; }

    /// <summary>The item's stable key (see <see cref="ChecklistKeys"/>), set when the page is walked.</summary>
    public string Key { get; set; } = "";
}
