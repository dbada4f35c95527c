using ResourceGen.SiteFile;
using System.CommandLine;
using ResourceGen.Authoring;
using ResourceGen.Configuration;
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
            var siteRoot = result.GetValue(source)!;
            var config = SiteConfigLoader.Load(siteRoot, diagnostics);
            if (config is not null)
            {
                var folder = result.GetValue(output) ?? Path.Combine(siteRoot, SchemaFilesWriter.DefaultFolder);
                foreach (var file in SchemaFilesWriter.Write(folder, config.Schema))
                    stdout.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
            }
            return CommandOutcome.Report(diagnostics, stderr);
        });
        return command;
    }
}
