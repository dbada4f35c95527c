using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>Scriban's <c>include</c>, returning an <see cref="HtmlFragment"/> so a partial's markup is not escaped again.</summary>
internal sealed class FragmentIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(HtmlFragment);
    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
