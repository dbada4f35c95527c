using System.CommandLine;
using ResourceGen.Authoring;
using ResourceGen.Diagnostics;

namespace ResourceGen.Cli;

/// <summary><c>resourcegen init DIR</c>: creates a new, buildable site in a new or empty folder.</summary>
public static class InitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("dir") { Description = "The folder for the new site; it must not exist yet, or be empty." };
        var command = new Command("init", "Create a new site: site.yml, the default theme, one example of each type, schemas, a GitHub workflow and CONTRIBUTING.md.") { folder };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var dir = result.GetValue(folder)!;
            var files = SiteInitializer.Create(dir, diagnostics);
            if (files is not null)
            {
                stdout.WriteLine($"Created a new site in {dir} ({files.Count} files).");
                stdout.WriteLine($"Next: edit {dir}/site.yml, then run 'resourcegen build --source {dir}'.");
            }
            return CommandOutcome.Report(diagnostics, stderr);
        });
        return command;
    }
}
