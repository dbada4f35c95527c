using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace ResourceGen.Cli;

/// <summary><c>resourcegen build</c>: builds the site into the output folder.</summary>
public static class BuildCommand
{
    /// <summary>Creates the command; it writes its summary to <paramref name="stdout"/> and problems to <paramref name="stderr"/>.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var format = CommonOptions.Format();
        var output = new Option<string?>("--output") { Description = "Where to write the site (default: <source>/_site)." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true'." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site is published at; replaces base_url in site.yml." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time each build stage took." };
        var gitDates = CommonOptions.GitDates();
        var command = new Command("build", "Build the site. Nothing is written unless the whole build succeeds.") { source, output, drafts, baseUrl, format, verbose, gitDates };
        command.SetAction(result =>
        {
            var options = new ResourceGen.BuildOptions(result.GetValue(source)!, result.GetValue(output), result.GetValue(drafts), result.GetValue(baseUrl))
            {
                GitDates = result.GetValue(gitDates),
            };
            return Run(options, result.GetValue(format), result.GetValue(verbose), stdout, stderr);
        });
        return command;
    }

    private static int Run(ResourceGen.BuildOptions options, DiagnosticFormat format, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = SiteBuilder.Run(options);
        if (result.Diagnostics.Count > 0) DiagnosticPrinter.Print(result.Diagnostics, result.FilesChecked, format, stderr);
        if (!result.Succeeded)
        {
            stderr.WriteLine("Build failed; the previous output was left as it was.");
            return result.ExitCode;
        }
        if (verbose)
        {
            foreach (var timing in result.Timings)
                stdout.WriteLine($"{timing.Stage,-30} {DurationText.Milliseconds(timing.Elapsed),8} ms  (cpu {DurationText.Milliseconds(timing.Cpu),6} ms)");
        }
        var seconds = stopwatch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var where = Path.GetRelativePath(Environment.CurrentDirectory, options.ResolvedOutputDir);
        stdout.WriteLine($"Built {result.PageCount} pages ({result.Files.Count} files) in {seconds} s into {where}");
        return 0;
    }
}
