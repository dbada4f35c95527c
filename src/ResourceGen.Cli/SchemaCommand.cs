using System.CommandLine;
using ResourceGen.Authoring;
using ResourceGen.Diagnostics;

namespace ResourceGen.Cli;

/// <summary><c>resourcegen schema</c>: writes the JSON Schema of each type's front matter, for editors.</summary>
public static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var output = new Option<string?>("--output") { Description = $"Where to write <type>.schema.json (default: <source>/{SchemaFilesWriter.DefaultFolder})." };
        var command = new Command("schema", "Write a JSON Schema of the front matter of each content type, with site.yml's additions and tag vocabulary.") { source, output };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            foreach (var file in SchemaFilesWriter.WriteFor(result.GetValue(source)!, result.GetValue(output), diagnostics))
                stdout.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
            return CommandOutcome.Report(diagnostics, stderr);
        });
        return command;
    }
}
