using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;
using ResourceGen.Model;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, unless the value is an <see cref="HtmlFragment"/>
/// (rendered Markdown, an include, the output of <c>raw</c> or <c>json</c>). A title such as
/// <c>&lt;script&gt;</c> therefore always shows as text, whoever wrote the template. One context renders page after
/// page on one thread (<see cref="Begin"/> clears it), keeping its output buffer.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _sharedAccessors;

    /// <param name="builtins">The functions every template sees.</param>
    /// <param name="sharedAccessors">
    /// Member accessors by type, shared by every context of one renderer: Scriban builds an accessor per type and
    /// context by reflection, which would otherwise be repeated for every page.
    /// </param>
    public HtmlTemplateContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor?> sharedAccessors) : base(builtins)
    {
        _sharedAccessors = sharedAccessors;
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
        // A list page of a large library loops over thousands of pages; Scriban's default stops at 1,000.
        LoopLimit = int.MaxValue;
        // Scriban re-indents multi-line values to the column they are printed at, which would change <pre> blocks.
        AutoIndent = false;
        // A page is never cut short: Scriban would otherwise end any page longer than LimitToString with "...".
        OutputLimit = 0;
    }

    /// <summary>The most steps (expressions and statements evaluated) the templates of one page may take: a few seconds' work, a hundred times what a list of 10,000 pages needs.</summary>
    public const long MaxSteps = 50_000_000;

    /// <summary>The longest page, in characters, that the templates may make.</summary>
    public const int MaxPageLength = 64 * 1024 * 1024;

    private long _steps;

    /// <summary>Where this render's reads are recorded, when a later build wants to know them.</summary>
    public RenderReads? Reads { get; private set; }

    /// <summary>Clears what the last page left and starts a page with <paramref name="globals"/>.</summary>
    public void Begin(IReadOnlyDictionary<string, Template> templates, ScriptObject globals, RenderReads? reads)
    {
        Reset();
        _steps = 0;
        foreach (var (name, parsed) in templates) CachedTemplates[name] = parsed;
        Reads = reads;
        PushGlobal(globals);
    }

    /// <summary>Evaluates <paramref name="template"/> into the output, as <see cref="Template.Render(TemplateContext)"/> does without taking the text out.</summary>
    public void Evaluate(Template template)
    {
        if (template.SourceFilePath is { } file) PushSourceFile(file);
        try
        {
            if (template.Page is { } page && Evaluate(page) is { } result) Write(page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) PopSourceFile();
        }
    }

    /// <summary>The text written so far, which is then cleared.</summary>
    public string TakeText()
    {
        var builder = ((StringBuilderOutput)Output).Builder;
        var text = builder.ToString();
        builder.Length = 0;
        return text;
    }

    /// <summary>The text written so far as UTF-8, which is then cleared; no intermediate string is made.</summary>
    public byte[] TakeUtf8()
    {
        var builder = ((StringBuilderOutput)Output).Builder;
        var chars = ArrayPool<char>.Shared.Rent(builder.Length);
        try
        {
            builder.CopyTo(0, chars, 0, builder.Length);
            var bytes = Encoding.UTF8.GetBytes(chars, 0, builder.Length);
            builder.Length = 0;
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = _sharedAccessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.TypeAccessor(state.Target), (Context: this, Target: target));
        var read = accessor is not null && Reads is not null && (target is IScriptObject || ModelKeys.Of(target) is not null) ? new RecordingAccessor(accessor, Reads) : accessor;
        return read is not null && target is Page or Section ? new FieldShorthandAccessor(read) : read;
    }

    private IObjectAccessor? TypeAccessor(object target) => base.GetMemberAccessorImpl(target) switch
    {
        TypedObjectAccessor typed => CompiledObjectAccessor.Wrap(typed, target.GetType(), MemberRenamer, this),
        var accessor => accessor,
    };

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        DateOnly date => TemplateFunctions.DateIso(date),
        _ => base.ObjectToString(value, nested) ?? "",
    };

    // Templates come with pull requests too: a loop that never ends, or loops nested over large lists, stops here
    // with an error at the template's line instead of running until the CI job is killed.
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is null) return base.Evaluate(scriptNode, aliasReturnedFunction);
        if (++_steps > MaxSteps)
            throw new ScriptRuntimeException(scriptNode.Span, $"the templates took more than {MaxSteps:N0} steps for one page; check the loop here for one that never ends, or for loops inside loops over every page");
        if (((StringBuilderOutput)Output).Builder.Length > MaxPageLength)
            throw new ScriptRuntimeException(scriptNode.Span, $"the templates made a page longer than {MaxPageLength / (1024 * 1024):N0} million characters; check the loop here for one that never ends");
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment fragment) return Write(fragment.Value);
        return base.Write(span, HtmlText.Escape(ObjectToString(textAsObject)));
    }
}
