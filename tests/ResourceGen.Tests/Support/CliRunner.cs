using ResourceGen.Cli;

namespace ResourceGen.Tests.Support;

/// <summary>Runs the <c>resourcegen</c> command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>Runs <paramref name="args"/>; returns the exit code, standard output and standard error.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
