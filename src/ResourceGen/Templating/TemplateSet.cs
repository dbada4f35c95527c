using ResourceGen.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace ResourceGen.Templating;

/// <summary>Every template of the site, parsed once. Names are paths under <c>templates/</c>, e.g. <c>partials/header.html</c>.</summary>
public sealed class TemplateSet
{
    /// <summary>The folder, under the site folder, that holds the templates.</summary>
    public const string Folder = "templates";

    private readonly Dictionary<string, Template> _templates;
    private readonly HashSet<string> _broken;

    private TemplateSet(Dictionary<string, Template> templates, HashSet<string> broken) => (_templates, _broken) = (templates, broken);

    /// <summary>True when the template exists but did not parse (its errors are already reported).</summary>
    public bool IsBroken(string name) => _broken.Contains(name);

    /// <summary>The parsed templates by name.</summary>
    public IReadOnlyDictionary<string, Template> Templates => _templates;

    /// <summary>True when a template of that name exists.</summary>
    public bool Contains(string name) => _templates.ContainsKey(name);

    /// <summary>Parses every <c>*.html</c> and <c>*.xml</c> file under <c>templates/</c> (not <c>templates/assets/</c>).</summary>
    public static TemplateSet Load(string siteRoot, DiagnosticBag diagnostics) => Parse(ReadSources(siteRoot), diagnostics);

    /// <summary>The text of every template under <c>templates/</c> by name, with LF line endings.</summary>
    public static IReadOnlyDictionary<string, string> ReadSources(string siteRoot)
    {
        var root = Path.Combine(siteRoot, Folder);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (name.StartsWith("assets/", StringComparison.Ordinal) || !(name.EndsWith(".html") || name.EndsWith(".xml"))) continue;
                sources[name] = File.ReadAllText(path).Replace("\r\n", "\n");
            }
        }
        return sources;
    }

    /// <summary>Parses templates given as text, by name; parse errors are reported with file, line and column.</summary>
    public static TemplateSet Parse(IReadOnlyDictionary<string, string> sources, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var template = Template.Parse(text, $"{Folder}/{name}");
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                Report(diagnostics, message.Span, message.Message);
            if (template.HasErrors) broken.Add(name);
            else templates[name] = template;
        }
        return new TemplateSet(templates, broken);
    }

    /// <summary>Reports a template problem at a Scriban source span (0-based) as a file line and column (1-based).</summary>
    internal static void Report(DiagnosticBag diagnostics, SourceSpan span, string message) =>
        diagnostics.Error(DiagnosticCodes.TemplateError, span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1, message);
}
