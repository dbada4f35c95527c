using System.Collections.Concurrent;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ResourceGen.Templating;

/// <summary>
/// Renders pages with the site's templates: the body template, then <c>base.html</c> around it with the body as
/// <c>content</c>. Templates are parsed once. Pages render in parallel, each with a context of its own, which is
/// reused for a later page once the page is done.
/// </summary>
internal sealed class TemplateRenderer
{
    /// <summary>The layout every HTML page is wrapped in.</summary>
    public const string Layout = "base.html";

    private readonly TemplateSet _templates;
    private readonly SiteConfig _config;
    private readonly ScriptObject _builtins;
    private readonly ScriptObject _site;
    private readonly TemplateSetLoader _loader;
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _accessors = new();
    private readonly ConcurrentStack<HtmlTemplateContext> _idle = new();

    /// <summary>Creates a renderer; <paramref name="site"/> is what templates see as <c>site</c>, <paramref name="strings"/> what <c>t</c> looks texts up in.</summary>
    public TemplateRenderer(TemplateSet templates, ThemeStrings strings, SiteConfig config, AssetCatalog assets, ScriptObject site)
    {
        _templates = templates;
        _config = config;
        _site = site;
        _loader = new TemplateSetLoader(templates);
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        var functions = new Dictionary<string, TemplateFunction>
        {
            ["raw"] = TemplateFunction.Of<object?, HtmlFragment>(TemplateFunctions.Raw),
            ["json"] = TemplateFunction.Of<object?, HtmlFragment>(TemplateFunctions.Json),
            ["date_text"] = TemplateFunction.Of<object?, HtmlFragment>(new ThemeDateText(strings, config.Language).Write),
            ["date_iso"] = TemplateFunction.Of<object?, string>(TemplateFunctions.DateIso),
            ["plural"] = TemplateFunction.Of<int, string, string, string>(TemplateFunctions.Plural),
            ["rel_url"] = TemplateFunction.Of<string, string>(config.RelativeUrl),
            ["lang_url"] = TemplateFunction.Of<string, string>(config.LocalUrl),
            ["abs_url"] = TemplateFunction.Of<string, string>(config.AbsoluteUrl),
            ["asset"] = TemplateFunction.WithContext<string, string>((context, name) =>
            {
                (context as HtmlTemplateContext)?.Reads?.Asset(name);
                return assets.Url(name);
            }),
        };
        foreach (var (name, function) in functions) _builtins.SetValue(name, function, readOnly: true);
        _builtins.SetValue("t", new ThemeStringFunction(strings, config.Language), readOnly: true);
        _builtins.SetValue("include", new FragmentIncludeFunction((IScriptCustomFunction)_builtins["include"]!), readOnly: true);
    }

    /// <summary>True when the site has a template of that name (optional pages check this).</summary>
    public bool HasTemplate(string name) => _templates.Contains(name) || _templates.IsBroken(name);

    /// <summary>
    /// Renders <paramref name="request"/> inside the layout, as UTF-8; null after reporting a template error. When
    /// <paramref name="reads"/> is given, every model member and asset the templates read is recorded there.
    /// </summary>
    public byte[]? RenderPage(PageRenderRequest request, DiagnosticBag diagnostics, RenderReads? reads = null)
    {
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["kind"] = request.Kind,
            ["title"] = request.Title,
            ["description"] = request.Description,
            ["url"] = _config.RelativeUrl(request.SitePath),
            ["permalink"] = _config.AbsoluteUrl(request.SitePath),
        };
        foreach (var (name, value) in request.Variables) globals[name] = value;

        var context = _idle.TryPop(out var idle) ? idle : new HtmlTemplateContext(_builtins, _accessors) { TemplateLoader = _loader };
        context.Begin(_templates.Templates, globals, reads);
        if (!Evaluate(request.Template, context, diagnostics)) return null;
        globals["content"] = new HtmlFragment(context.TakeText());
        if (!Evaluate(Layout, context, diagnostics)) return null;
        var html = context.TakeUtf8();
        _idle.Push(context);
        return html;
    }

    /// <summary>False after reporting the problem; the context is then left unfinished, so it is not reused.</summary>
    private bool Evaluate(string templateName, HtmlTemplateContext context, DiagnosticBag diagnostics)
    {
        if (!_templates.Templates.TryGetValue(templateName, out var template))
        {
            if (_templates.IsBroken(templateName)) return false;
            diagnostics.Error(DiagnosticCodes.TemplateMissing, $"{TemplateSet.Folder}/{templateName}", 0, 0,
                $"the template {TemplateSet.Folder}/{templateName} is missing; add it (copy it from a new site made by ResourceGen)");
            return false;
        }

        try
        {
            context.Evaluate(template);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            TemplateSet.Report(diagnostics, e.Span, e.OriginalMessage);
            return false;
        }
    }
}
