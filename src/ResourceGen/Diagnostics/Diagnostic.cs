namespace ResourceGen.Diagnostics;

/// <summary>One problem found while building, as data; the CLI decides how to print it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Descriptor">The stable code and its category.</param>
/// <param name="File">Path relative to the site folder, with forward slashes; empty when no file applies.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record Diagnostic(Severity Severity, DiagnosticDescriptor Descriptor, string File, int Line, int Column, string Message)
{
    /// <summary>The stable code, e.g. <c>RG0103</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Formats as <c>path:line:col: error CODE: message</c>, the form editors turn into links.</summary>
    public override string ToString()
    {
        var where = File.Length == 0 ? "" : Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}: " : $"{File}: ";
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{where}{severity} {Code}: {Message}";
    }
}
