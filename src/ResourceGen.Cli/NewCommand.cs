using System.CommandLine;
using ResourceGen.Authoring;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;

namespace ResourceGen.Cli;

/// <summary><c>resourcegen new article|activity|checklist "Title"</c>: creates a resource from its type's archetype.</summary>
public static class NewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var type = new Argument<string>("type") { Description = "The kind of resource: " + string.Join(", ", ContentTypes.All.Select(t => t.Name)) + "." };
        type.AcceptOnlyFromAmong([.. ContentTypes.All.Select(t => t.Name)]);
        var title = new Argument<string>("title") { Description = "The title, in quotes; the file name is made from it." };
        var source = CommonOptions.Source();
        var command = new Command("new", "Create a new resource in content/<type folder>/<slug>.md from templates/archetypes/<type>.md.") { type, title, source };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var contentType = ContentTypes.ByName(result.GetValue(type)!)!;
            var today = DateOnly.FromDateTime(DateTime.Now);
            var created = NewResourceWriter.Write(result.GetValue(source)!, contentType, result.GetValue(title)!, today, diagnostics);
            if (created is not null) stdout.WriteLine($"Created {created}");
            return CommandOutcome.Report(diagnostics, stderr);
        });
        return command;
    }
}
