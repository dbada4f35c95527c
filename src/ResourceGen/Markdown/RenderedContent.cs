using ResourceGen.Security;
using ResourceGen.Text;

namespace ResourceGen.Markdown;

/// <summary>A heading of a page, for its table of contents and anchor checks.</summary>
/// <param name="Level">2 for <c>##</c>, 3 for <c>###</c> and so on.</param>
/// <param name="Text">The heading as plain text.</param>
/// <param name="Id">The anchor id, e.g. <c>steps</c>.</param>
internal sealed record Heading(int Level, string Text, string Id);

/// <summary>One task-list line of a checklist.</summary>
/// <param name="Text">The item as plain text.</param>
/// <param name="Checked">True when written <c>- [x]</c>.</param>
/// <param name="Key">A key made from the text, under which the reader's tick is saved.</param>
internal sealed record ChecklistItem(string Text, bool Checked, string Key);

/// <summary>What the Markdown stage makes of a page body.</summary>
/// <param name="Html">The body as HTML.</param>
/// <param name="PlainText">The body as plain text, for search and word counts.</param>
/// <param name="FirstParagraph">The first paragraph as plain text, the summary when none is given.</param>
/// <param name="Headings">Every heading of level 2 or more, in order.</param>
/// <param name="ChecklistItems">Every task-list item, in order.</param>
/// <param name="Steps">The items of the first top-level numbered list as plain text (an activity's steps).</param>
/// <param name="WordCount">Words in <paramref name="PlainText"/>.</param>
/// <param name="Anchors">Every id in <paramref name="Html"/>, raw HTML's included: what a link's <c>#anchor</c> may name.</param>
/// <param name="EmbeddedSources">The other origins <paramref name="Html"/> loads from (images, video frames), as the page's policy lists them.</param>
internal sealed record RenderedContent(
    HtmlFragment Html,
    string PlainText,
    string FirstParagraph,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<ChecklistItem> ChecklistItems,
    IReadOnlyList<string> Steps,
    int WordCount,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<PolicySource> EmbeddedSources);
