using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ResourceGen.Templating;

/// <summary>
/// A function templates call (<c>rel_url</c>, <c>date_text</c> ...), backed by a typed delegate that is called
/// directly. Scriban's import of a .NET method calls it through reflection, and these run many times on every page.
/// Scriban converts each argument to the declared parameter type before the call.
/// </summary>
internal sealed class TemplateFunction(Type[] parameters, Type returnType, Func<TemplateContext, ScriptArray, object?> invoke) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters.Length;
    public int ParameterCount => parameters.Length;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => returnType;
    public ScriptParameterInfo GetParameterInfo(int index) => new(parameters[index], $"arg{index + 1}");

    /// <summary>A function of one argument.</summary>
    public static TemplateFunction Of<T, TResult>(Func<T, TResult> function) =>
        new([typeof(T)], typeof(TResult), (_, arguments) => function(Argument<T>(arguments, 0)));

    /// <summary>A function of one argument that also sees the template context.</summary>
    public static TemplateFunction WithContext<T, TResult>(Func<TemplateContext, T, TResult> function) =>
        new([typeof(T)], typeof(TResult), (context, arguments) => function(context, Argument<T>(arguments, 0)));

    /// <summary>A function of three arguments.</summary>
    public static TemplateFunction Of<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> function) =>
        new([typeof(T1), typeof(T2), typeof(T3)], typeof(TResult),
            (_, arguments) => function(Argument<T1>(arguments, 0), Argument<T2>(arguments, 1), Argument<T3>(arguments, 2)));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        invoke(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(invoke(context, arguments));

    private static T Argument<T>(ScriptArray arguments, int index) => arguments[index] is T value ? value : default!;
}
