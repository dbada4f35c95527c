using ResourceGen.Diagnostics;

namespace ResourceGen.Cli;

/// <summary>Prints diagnostics one per line (<c>path:line:col: error CODE: message</c>) with a count line after them.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes <paramref name="diagnostics"/> to <paramref name="writer"/>; prints nothing when there are none.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        if (diagnostics.Count == 0) return;
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        writer.WriteLine($"{Count(errors, "error")}, {Count(warnings, "warning")}");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
