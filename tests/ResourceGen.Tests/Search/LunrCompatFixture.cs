using System.Text.Json;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Search;

/// <summary>
/// Runs <c>lunr-compat/compat.js</c> under node with lunr 2.3.9 (and lunr-languages 1.22.0 for other languages). The
/// first use installs the pinned npm packages (<c>npm ci</c>) once per test run, unless <c>node_modules</c> already
/// holds both versions.
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

    /// <summary>Runs <c>node script arguments</c> in the fixture folder; fails the test when node or lunr cannot be set up.</summary>
    public (int ExitCode, string Output) RunScript(string script, string[] arguments)
    {
        if (InstallProblem.Value is { } problem) Assert.Fail(problem);
        var (exitCode, stdout, stderr) = Run("node", [script, .. arguments], TimeSpan.FromSeconds(120));
        return (exitCode, stdout + stderr);
    }

    private static string? Install() =>
        NpmPackages.EnsureInstalled(Folder, "lunr", "2.3.9") ?? NpmPackages.EnsureInstalled(Folder, "lunr-languages", "1.22.0");

    private static (int ExitCode, string Stdout, string Stderr) Run(string fileName, string[] arguments, TimeSpan timeout) =>
        NpmPackages.Run(Folder, fileName, arguments, timeout);
}
