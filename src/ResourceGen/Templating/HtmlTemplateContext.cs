using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, unless the value is an <see cref="HtmlFragment"/>
/// (rendered Markdown, an include, the output of <c>raw</c> or <c>json</c>). A title such as
/// <c>&lt;script&gt;</c> therefore always shows as text, whoever wrote the template.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins) : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment fragment) return Write(fragment.Value);
        return base.Write(span, HtmlText.Escape(ObjectToString(textAsObject)));
    }
}
