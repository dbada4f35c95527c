using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace ResourceGen.Tests.Support;

/// <summary>
/// Installs the npm packages a test folder pins (<c>package.json</c> and <c>package-lock.json</c>) with <c>npm ci</c>,
/// unless the wanted version is already installed. Tests that need node fail without it; they are never skipped.
/// </summary>
public static class NpmPackages
{
    /// <summary>Null when <paramref name="package"/> <paramref name="version"/> is installed in <paramref name="folder"/>, else what went wrong.</summary>
    public static string? EnsureInstalled(string folder, string package, string version)
    {
        try
        {
            var (nodeExit, nodeVersion, _) = Run(folder, "node", ["--version"], TimeSpan.FromSeconds(30));
            if (nodeExit != 0) return $"'node --version' failed: the tests using {package} need Node.js 18 or later on PATH.";
            if (InstalledVersion(folder, package) == version) return null;
            var command = File.Exists(Path.Combine(folder, "package-lock.json")) ? "ci" : "install";
            var (npmExit, stdout, stderr) = OperatingSystem.IsWindows()
                ? Run(folder, "cmd.exe", ["/c", "npm", command, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3))
                : Run(folder, "npm", [command, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            if (npmExit != 0) return $"'npm {command}' failed in {folder} (node {nodeVersion.Trim()}):\n{stdout}{stderr}";
            return InstalledVersion(folder, package) == version ? null : $"'npm {command}' did not install {package} {version} into {folder}/node_modules";
        }
        catch (Win32Exception e)
        {
            return $"Node.js was not found ({e.Message}). The tests using {package} need node 18+ and npm on PATH; install Node.js to run them.";
        }
    }

    /// <summary>Runs a program in <paramref name="folder"/>, killing it after <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string folder, string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = folder,
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

    private static string? InstalledVersion(string folder, string package)
    {
        var manifest = Path.Combine(folder, "node_modules", package, "package.json");
        if (!File.Exists(manifest)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
