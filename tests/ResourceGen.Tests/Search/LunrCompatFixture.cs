using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

/// <summary>
/// Runs <c>lunr-compat/compat.js</c> under node with lunr 2.3.9. The first use installs the pinned npm packages
/// (<c>npm ci</c>) once per test run, unless <c>node_modules/lunr</c> already holds 2.3.9.
/// Node is required: without it the compatibility tests fail, they are never skipped.
/// </summary>
public sealed class LunrCompatFixture
{
    private static readonly Lazy<string?> InstallProblem = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder holding compat.js, package.json and the fixtures.</summary>
    public static string Folder => Path.Combine(RepoPaths.TestProject, "Search", "lunr-compat");

    /// <summary>Runs <c>node compat.js spec candidate</c>; fails the test when node or lunr cannot be set up.</summary>
    public (int ExitCode, string Output) Compare(string specPath, string candidatePath)
    {
        if (InstallProblem.Value is { } problem) Assert.Fail(problem);
        var (exitCode, stdout, stderr) = Run("node", ["compat.js", specPath, candidatePath], TimeSpan.FromSeconds(60));
        return (exitCode, stdout + stderr);
    }

    /// <summary>Loads <paramref name="indexPath"/> with <c>lunr.Index.load</c> and returns the refs each query finds, best first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Search(string indexPath, params string[] queries)
    {
        if (InstallProblem.Value is { } problem) Assert.Fail(problem);
        var (exitCode, stdout, stderr) = Run("node", ["search.js", indexPath, .. queries], TimeSpan.FromSeconds(60));
        Assert.True(exitCode == 0, $"search.js failed: {stdout}{stderr}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (IReadOnlyList<string>)JsonDocument.Parse(line).RootElement.EnumerateArray().Select(r => r[0].GetString()!).ToList())
            .ToList();
    }

    private static string? Install()
    {
        try
        {
            var (nodeExit, version, _) = Run("node", ["--version"], TimeSpan.FromSeconds(30));
            if (nodeExit != 0) return "'node --version' failed: the lunr compatibility tests need Node.js 18 or later on PATH.";
            if (InstalledLunrVersion() == "2.3.9") return null;
            var command = File.Exists(Path.Combine(Folder, "package-lock.json")) ? "ci" : "install";
            var (npmExit, stdout, stderr) = OperatingSystem.IsWindows()
                ? Run("cmd.exe", ["/c", "npm", command, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3))
                : Run("npm", [command, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            if (npmExit != 0) return $"'npm {command}' failed in {Folder} (node {version.Trim()}):\n{stdout}{stderr}";
            return InstalledLunrVersion() == "2.3.9" ? null : $"'npm {command}' did not install lunr 2.3.9 into {Folder}/node_modules";
        }
        catch (Win32Exception e)
        {
            return $"Node.js was not found ({e.Message}). The lunr compatibility tests need node 18+ and npm on PATH; install Node.js to run them.";
        }
    }

    private static string? InstalledLunrVersion()
    {
        var package = Path.Combine(Folder, "node_modules", "lunr", "package.json");
        if (!File.Exists(package)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, stdout.Result, $"{fileName} timed out after {timeout.TotalSeconds} s\n{stderr.Result}");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
