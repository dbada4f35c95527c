using System.CommandLine;

namespace ResourceGen.Cli;

/// <summary>The <c>resourcegen</c> command line: parses arguments and runs a command, writing to the given writers.</summary>
public static class CliApp
{
    /// <summary>Exit code for a wrong command line or configuration.</summary>
    public const int UsageExitCode = 2;

    /// <summary>Runs <paramref name="args"/> and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ResourceGen builds a static site of resources for parents and educators from Markdown.")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout),
            Serve.ServeCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout, stderr),
            InitCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'resourcegen --help' to see the commands and options.");
            return UsageExitCode;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
