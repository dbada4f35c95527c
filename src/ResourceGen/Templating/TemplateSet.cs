using ResourceGen.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace ResourceGen.Templating;

/// <summary>Every template of the site, parsed once. Names are paths under <c>templates/</c>, e.g. <c>partials/header.html</c>.</summary>
internal sealed class TemplateSet
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

    /// <summary>True for a template's name (its path under <c>templates/</c>): <c>*.html</c> and <c>*.xml</c> outside <c>assets/</c>.</summary>
    public static bool IsTemplate(string name) =>
        !name.StartsWith(AssetCatalog.Folder + "/", StringComparison.Ordinal) && (name.EndsWith(".html") || name.EndsWith(".xml"));

    /// <summary>A template file's text, with a byte order mark removed and LF line endings.</summary>
    public static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Replace("\r\n", "\n");
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
