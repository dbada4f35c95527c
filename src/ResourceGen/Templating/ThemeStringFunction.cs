using System.Globalization;
using System.Text;
using ResourceGen.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ResourceGen.Templating;

/// <summary>
/// <c>t "key" arg ...</c>: the theme's text for <c>key</c> in the page's language, with <c>{0}</c>, <c>{1}</c> ...
/// replaced by the arguments (HTML-escaped, as any value a template prints). For a text with <c>one:</c> and
/// <c>other:</c> forms the first argument is the count: <c>t "resource_count" 3</c> gives "3 resources".
/// </summary>
internal sealed class ThemeStringFunction(ThemeStrings strings, string language) : IScriptCustomFunction
{
    // Most calls name a text without arguments; each such text is made into a fragment once, not on every page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HtmlFragment?> _plain = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(HtmlFragment);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count > 0 ? arguments[0] as string : null;
        if (key is not null && arguments.Count == 1 && _plain.GetOrAdd(key, k => strings.Find(language, k) is { } found ? new HtmlFragment(found.Other) : null) is { } plain)
            return plain;
        if (key is null || strings.Find(language, key) is not { } text)
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"no theme text '{key}' in {ThemeStrings.FileOf(language)}; add a line '{key}: ...' there");
        var count = arguments.Count > 1 && arguments[1] is int or long ? Convert.ToInt64(arguments[1], CultureInfo.InvariantCulture) : (long?)null;
        return new HtmlFragment(Fill(text.For(count), arguments, context));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static string Fill(string text, ScriptArray arguments, TemplateContext context)
    {
        if (arguments.Count < 2) return text;
        var filled = new StringBuilder(text);
        for (var i = 1; i < arguments.Count; i++)
            filled.Replace("{" + (i - 1).ToString(CultureInfo.InvariantCulture) + "}",
                arguments[i] is HtmlFragment html ? html.Value : HtmlText.Escape(context.ObjectToString(arguments[i])));
        return filled.ToString();
    }
}
