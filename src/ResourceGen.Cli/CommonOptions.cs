using System.CommandLine;

namespace ResourceGen.Cli;

/// <summary>Options shared by the commands that read a site.</summary>
public static class CommonOptions
{
    /// <summary><c>--source DIR</c>: the site folder.</summary>
    public static Option<string> Source() => new("--source")
    {
        Description = "The site folder (holds site.yml, content/, templates/).",
        DefaultValueFactory = _ => ".",
    };

    /// <summary><c>--format text|github</c>: how problems are printed.</summary>
    public static Option<DiagnosticFormat> Format() => new("--format")
    {
        Description = "How problems are printed: text, or github for GitHub Actions annotations (the default when GITHUB_ACTIONS=true).",
        DefaultValueFactory = _ => DiagnosticPrinter.DefaultFormat(),
    };

    /// <summary><c>--git-dates</c>: "last updated" from git history for pages that do not set <c>updated</c>.</summary>
    public static Option<bool> GitDates() => new("--git-dates")
    {
        Description = "Pages without 'updated' take the date of their file's last git commit.",
    };
}
