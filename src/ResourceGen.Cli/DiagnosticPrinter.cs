using ResourceGen.Diagnostics;

namespace ResourceGen.Cli;

/// <summary>Prints diagnostics one per line, then a summary such as <c>2 errors, 1 warning in 31 files</c>.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes <paramref name="diagnostics"/> and the summary line to <paramref name="writer"/>.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, int filesChecked, DiagnosticFormat format, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
            writer.WriteLine(format == DiagnosticFormat.Github ? GithubCommand(diagnostic) : diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        writer.WriteLine($"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(filesChecked, "file")}");
    }

    /// <summary>The GitHub Actions form: <c>::error file=…,line=…,col=…,title=RG0103::message</c>.</summary>
    public static string GithubCommand(Diagnostic diagnostic)
    {
        var properties = new List<string>();
        if (diagnostic.File.Length > 0) properties.Add($"file={EscapeProperty(diagnostic.File)}");
        if (diagnostic.Line > 0) properties.Add($"line={diagnostic.Line}");
        if (diagnostic.Column > 0) properties.Add($"col={diagnostic.Column}");
        properties.Add($"title={diagnostic.Code}");
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>The format to use when none is given: GitHub's inside GitHub Actions, text elsewhere.</summary>
    public static DiagnosticFormat DefaultFormat() =>
        Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? DiagnosticFormat.Github : DiagnosticFormat.Text;

    private static string EscapeData(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
