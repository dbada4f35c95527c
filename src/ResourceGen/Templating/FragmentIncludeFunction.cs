using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>
/// Scriban's <c>include</c>, with two changes. As a statement (<c>{{ include 'partials/x.html' }}</c>, by far the
/// usual case) the partial is evaluated straight into the page being written, instead of into a string of its own
/// that is then copied into the page: a page has a dozen includes, some inside loops, and those strings were most
/// of what a build allocated. Anywhere else (<c>x = include 'a.html'</c>) it returns the partial's markup as an
/// <see cref="HtmlFragment"/>, so it is not escaped again. The bytes written are the same either way.
/// </summary>
internal sealed class FragmentIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(HtmlFragment);
    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is not HtmlTemplateContext html || !IsStatement(html, callerContext) || arguments.Count == 0)
            return new HtmlFragment(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
        var path = html.GetTemplatePathFromName(html.ObjectToString(arguments[0]), callerContext);
        if (path is null) return null;
        EvaluateInPlace(html, html.GetOrCreateTemplate(path, callerContext), arguments, callerContext!);
        return null;
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    /// <summary>True for a plain call standing as a statement; a call with named arguments is left to Scriban.</summary>
    private static bool IsStatement(HtmlTemplateContext context, ScriptNode? caller) =>
        context.EnableOutput && caller is ScriptFunctionCall call && call.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, call)
        && !HasNamedArgument(call);

    // A loop rather than LINQ: this runs for every include of every page.
    private static bool HasNamedArgument(ScriptFunctionCall call)
    {
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] is ScriptNamedArgument) return true;
        }
        return false;
    }

    /// <summary>What <see cref="TemplateContext.RenderTemplate"/> does, minus the output of its own.</summary>
    private static void EvaluateInPlace(HtmlTemplateContext context, Template template, ScriptArray arguments, ScriptNode caller)
    {
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            context.Evaluate(template);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
            context.CurrentIndent = indent;
        }
    }
}
