using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ResourceGen.Model;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, unless the value is an <see cref="HtmlFragment"/>
/// (rendered Markdown, an include, the output of <c>raw</c> or <c>json</c>). A title such as
/// <c>&lt;script&gt;</c> therefore always shows as text, whoever wrote the template.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins, RenderReads? reads) : base(builtins)
    {
        Reads = reads;
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
        // A list page of a large library loops over thousands of pages; Scriban's default stops at 1,000.
        LoopLimit = int.MaxValue;
        // Scriban re-indents multi-line values to the column they are printed at, which would change <pre> blocks.
        AutoIndent = false;
    }

    /// <summary>Where this render's reads are recorded, when a later build wants to know them.</summary>
    public RenderReads? Reads { get; }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is not null && Reads is not null && (target is IScriptObject || ModelKeys.Of(target) is not null) ? new RecordingAccessor(accessor, Reads) : accessor;
    }

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        DateOnly date => TemplateFunctions.DateIso(date),
        _ => base.ObjectToString(value, nested) ?? "",
    };

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment fragment) return Write(fragment.Value);
        return base.Write(span, HtmlText.Escape(ObjectToString(textAsObject)));
    }
}
