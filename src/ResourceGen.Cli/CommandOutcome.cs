using ResourceGen.Diagnostics;

namespace ResourceGen.Cli;

/// <summary>Ends the commands that write files of the site (<c>new</c>, <c>schema</c>, <c>init</c>): prints their problems and gives the exit code.</summary>
public static class CommandOutcome
{
    /// <summary>Prints <paramref name="diagnostics"/>, one per line, and returns the exit code a build with them would have.</summary>
    public static int Report(DiagnosticBag diagnostics, TextWriter stderr)
    {
        var sorted = diagnostics.Sorted();
        foreach (var diagnostic in sorted) stderr.WriteLine(diagnostic);
        return new BuildResult(sorted, [], 0).ExitCode;
    }
}
