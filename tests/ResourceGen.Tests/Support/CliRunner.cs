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

    /// <summary>
    /// Runs <paramref name="args"/> as <see cref="Run"/> does; a run still going after <paramref name="limit"/> fails
    /// with a <see cref="TimeoutException"/> instead of blocking the suite.
    /// </summary>
    public static Task<(int Exit, string Out, string Err)> RunWithin(TimeSpan limit, params string[] args) =>
        Task.Run(() => Run(args)).WaitAsync(limit);
}
