using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ResourceGen.Templating;

/// <summary>Lets <c>include 'partials/x.html'</c> find templates of the <see cref="TemplateSet"/>.</summary>
internal sealed class TemplateSetLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan,
            $"no template '{templatePath}' in templates/; available: {string.Join(", ", templates.Templates.Keys)}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
