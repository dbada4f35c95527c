using System.CommandLine;
using ResourceGen.Authoring;
using ResourceGen.Diagnostics;

namespace ResourceGen.Cli;

/// <summary><c>resourcegen new &lt;type&gt; "Title"</c>: creates a resource from its type's archetype (a built-in type or one of site.yml's <c>types:</c>).</summary>
public static class NewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var type = new Argument<string>("type") { Description = "The kind of resource: " + string.Join(", ", NewResourceWriter.BuiltInTypes) + ", or a type of the site's types: in site.yml." };
        var title = new Argument<string>("title") { Description = "The title, in quotes; the file name is made from it." };
        var source = CommonOptions.Source();
        var command = new Command("new", "Create a new resource in content/<type folder>/<slug>.md from templates/archetypes/<type>.md.") { type, title, source };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var today = DateOnly.FromDateTime(DateTime.Now);
            var created = NewResourceWriter.Write(result.GetValue(source)!, result.GetValue(type)!, result.GetValue(title)!, today, diagnostics);
            if (created is not null) stdout.WriteLine($"Created {created}");
            return CommandOutcome.Report(diagnostics, stderr);
        });
        return command;
    }
}
