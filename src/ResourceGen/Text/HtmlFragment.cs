namespace ResourceGen.Text;

/// <summary>
/// A piece of HTML that is already safe to write as it is (rendered Markdown, a template's own output).
/// Templates escape every other value they print.
/// </summary>
/// <param name="Value">The HTML.</param>
internal sealed record HtmlFragment(string Value)
{
    /// <summary>The empty fragment.</summary>
    public static readonly HtmlFragment Empty = new("");

    /// <inheritdoc />
    public override string ToString() => Value;
}
