using System.CommandLine;

namespace ResourceGen.Cli;

/// <summary><c>resourcegen check</c>: runs every check of a build without writing anything.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout)
    {
        var source = CommonOptions.Source();
        var format = CommonOptions.Format();
        var strict = new Option<bool>("--strict") { Description = "Fail (exit 1) on warnings too." };
        var gitDates = CommonOptions.GitDates();
        var command = new Command("check", "Check the site's settings, content and templates without writing output.") { source, format, strict, gitDates };
        command.SetAction(result =>
        {
            var build = SiteBuilder.Check(new BuildOptions(result.GetValue(source)!) { GitDates = result.GetValue(gitDates) });
            DiagnosticPrinter.Print(build.Diagnostics, build.FilesChecked, result.GetValue(format), stdout);
            if (build.ExitCode != 0) return build.ExitCode;
            return result.GetValue(strict) && build.Diagnostics.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
