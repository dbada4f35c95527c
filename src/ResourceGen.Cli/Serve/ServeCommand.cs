using System.CommandLine;

namespace ResourceGen.Cli.Serve;

/// <summary><c>resourcegen serve</c>: builds the site, serves it and rebuilds what a change affects while files change.</summary>
public static class ServeCommand
{
    /// <summary>Creates the command; it writes progress to <paramref name="stdout"/> and problems to <paramref name="stderr"/>.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port") { Description = "The port to serve on.", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. The default, 127.0.0.1, lets only this computer connect.",
            DefaultValueFactory = _ => ServeOptions.DefaultHost,
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true', with a draft banner." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time each stage of every rebuild took." };
        var gitDates = CommonOptions.GitDates();
        var command = new Command("serve", "Build the site, serve it on this computer and rebuild what changes as you edit; open pages reload by themselves.")
        {
            source, port, host, drafts, verbose, gitDates,
        };
        command.SetAction((result, cancellation) =>
        {
            var options = new ServeOptions(result.GetValue(source)!, result.GetValue(port), result.GetValue(host)!, result.GetValue(drafts)) { Verbose = result.GetValue(verbose), GitDates = result.GetValue(gitDates) };
            return PreviewSession.RunAsync(options, stdout, stderr, cancellation);
        });
        return command;
    }
}
