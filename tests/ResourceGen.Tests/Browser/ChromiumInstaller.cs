using System.Diagnostics;

namespace ResourceGen.Tests.Browser;

/// <summary>
/// Installs Debian's Chromium when it is missing, so a plain <c>dotnet test</c> on a fresh machine runs the browser
/// tests too. It needs apt-get and root (as on the project's machines and CI); anywhere else it says what to install.
/// </summary>
public static class ChromiumInstaller
{
    /// <summary>Returns null when Chromium is at <paramref name="path"/> (installing it if it can), else why it is not.</summary>
    public static string? EnsureInstalled(string path)
    {
        if (File.Exists(path)) return null;
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
            return $"The browser tests need Debian's Chromium at {path}. Install it with `apt-get update && apt-get install -y chromium`.";
        var log = Run("apt-get", "update -qq") + Run("apt-get", "install -y -qq chromium");
        return File.Exists(path) ? null : $"Installing Chromium with apt-get did not put it at {path}:\n{log}";
    }

    private static string Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) process.Kill(entireProcessTree: true);
        return output.Result + errors.Result;
    }
}
