using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using ResourceGen.Diagnostics;
using ResourceGen.Tests.Support;
using Xunit.Abstractions;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// Mutates the sample library's content files with a fixed seed and builds after each mutation: the build must
/// never crash, and every failure must say where the problem is. A failure names the seed and iteration to replay.
/// </summary>
public partial class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private const int Iterations = 2000;
    private const int CliEvery = 100;
    private const int Workers = 2;

    /// <summary>
    /// Four pages of the sample library that link to each other: all three types, the two-part series, links across
    /// types and to an anchor. Four pages instead of thirteen keep 2,000 builds with the real templates within a minute.
    /// </summary>
    private static readonly string[] Pages =
    [
        "content/activities/fine-motor-play-at-home.md",
        "content/articles/finding-time-for-home-practice.md",
        "content/articles/why-collaboration-matters.md",
        "content/checklists/weekly-home-practice-routine.md",
    ];

    [Fact]
    public void Mutated_content_never_crashes_the_build_and_every_failure_says_where()
    {
        // Given one copy of a small sample library per worker, each built once into _site, and the seed's mutations
        var sites = Enumerable.Range(0, Workers).Select(_ => SmallSampleLibrary()).ToList();
        try
        {
            foreach (var site in sites)
            {
                var first = Cli(site.Root);
                Assert.True(first.Exit == 0, first.Err);
            }
            var originals = Pages.ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(sites[0].Root, p)), StringComparer.Ordinal);
            var runs = Mutations(originals);
            var problems = new FuzzProblems(Seed);
            var codes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var failed = 0;
            var stopwatch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;

            // When each mutation is built in memory (and every 100th also by the CLI), the file restored after each
            Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, worker =>
            {
                foreach (var run in runs.Where(r => r.Iteration % Workers == worker))
                {
                    var result = BuildOnce(sites[worker].Root, run, originals[run.File], problems);
                    if (result is null) continue;
                    if (!result.Succeeded) Interlocked.Increment(ref failed);
                    foreach (var code in result.Diagnostics.Select(d => d.Code).Distinct()) codes.AddOrUpdate(code, 1, (_, n) => n + 1);
                }
            });

            // Then nothing crashed, every failure said where, and the CLI wrote all of the site or none of it
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            output.WriteLine($"{Iterations} builds in {stopwatch.Elapsed.TotalSeconds:0.0} s ({cpuSeconds:0.0} s CPU), {failed} failed; "
                + "builds per code: " + string.Join(", ", codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
            Assert.True(problems.Count == 0, problems.Report());
            Assert.InRange(failed, 1, Iterations - 1);
        }
        finally
        {
            foreach (var site in sites) site.Dispose();
        }
    }

    /// <summary>Every iteration's mutation, drawn in order from one seeded <see cref="Random"/>.</summary>
    private static List<FuzzRun> Mutations(IReadOnlyDictionary<string, byte[]> originals)
    {
        var random = new Random(Seed);
        var runs = new List<FuzzRun>(Iterations);
        for (var i = 0; i < Iterations; i++)
        {
            var file = Pages[random.Next(Pages.Length)];
            var (bytes, how) = ContentMutator.Mutate(originals[file], random);
            runs.Add(new FuzzRun(i, file, bytes, how));
        }
        return runs;
    }

    /// <summary>Writes the mutation, builds, checks, and restores the file; null when the build threw.</summary>
    private static BuildResult? BuildOnce(string root, FuzzRun run, byte[] original, FuzzProblems problems)
    {
        var path = Path.Combine(root, run.File);
        File.WriteAllBytes(path, run.Bytes);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(root), new DiagnosticBag());
            if (Problem(run, result) is { } problem) problems.Add(problem, run);
            if (run.Iteration % CliEvery == 0 && CliProblem(root, result) is { } cliProblem) problems.Add(cliProblem, run);
            return result;
        }
        catch (Exception e)
        {
            problems.Add($"the build threw {e.GetType().Name} {FirstOwnFrame(e)}", run, e.ToString());
            return null;
        }
        finally
        {
            File.WriteAllBytes(path, original);
        }
    }

    /// <summary>What is wrong with the in-memory build's diagnostics, or null.</summary>
    private static string? Problem(FuzzRun run, BuildResult result)
    {
        if (result.Diagnostics.FirstOrDefault(d => d.Code == "RG9999") is { } crash) return $"internal error RG9999: {crash}";
        if (result.Diagnostics.FirstOrDefault(d => d.Line < 0 || d.Column < 0) is { } negative) return $"negative position: {negative}";
        if (result.Diagnostics.FirstOrDefault(d => d.File == run.File && d.Line > run.LineCount + 1) is { } outside)
            return $"{outside.Code} at line {outside.Line}, past the end of the file ({run.LineCount} lines): {outside}";
        // The templates are not mutated: content that makes them fail is content they cannot cope with.
        if (result.Diagnostics.FirstOrDefault(d => d.Code.StartsWith("RG05", StringComparison.Ordinal)) is { } template)
            return $"a content change broke a template: {template}";
        if (!result.Succeeded && !result.Diagnostics.Any(d => d.Severity == Severity.Error && Locates(d)))
            return $"no error says where the problem is: {string.Join(" | ", result.Diagnostics)}";
        return null;
    }

    private static bool Locates(Diagnostic d) =>
        d.File.Length > 0 || d.Code is "RG0002" or "RG0003" || d.Code.StartsWith("RG05", StringComparison.Ordinal);

    /// <summary>The real CLI build agrees with the in-memory build and writes all of the site or none of it; else the problem.</summary>
    private static string? CliProblem(string root, BuildResult expected)
    {
        var output = Path.Combine(root, BuildOptions.DefaultOutputFolder);
        var before = SiteFixture.Snapshot(output);
        var (exit, _, stderr) = Cli(root);
        if (exit != expected.ExitCode) return $"the CLI build exited {exit}, the in-memory build gave {expected.ExitCode}: {stderr}";
        if (Directory.GetDirectories(root, "._site.*").Length > 0) return "a temporary output folder was left behind";
        if (exit != 0)
        {
            var after = SiteFixture.Snapshot(output);
            var same = before.Count == after.Count
                && before.All(f => after.TryGetValue(f.Key, out var bytes) && bytes.AsSpan().SequenceEqual(f.Value));
            return same ? null : "a failed CLI build changed _site";
        }
        return new[] { "index.html", "sitemap.xml", "feed.xml", "404.html" }
            .Where(name => !File.Exists(Path.Combine(output, name)))
            .Select(name => $"a successful CLI build wrote no {name}")
            .FirstOrDefault();
    }

    /// <summary>The sample settings and templates with only <see cref="Pages"/>; links to other pages become plain text.</summary>
    private static SiteFixture SmallSampleLibrary()
    {
        var site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates");
        foreach (var file in Directory.GetFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories))
        {
            if (!Pages.Contains(Path.GetRelativePath(site.Root, file).Replace('\\', '/'))) File.Delete(file);
        }
        foreach (var page in Pages.Select(p => Path.Combine(site.Root, p)))
        {
            var text = File.ReadAllText(page);
            File.WriteAllText(page, MarkdownPageLink().Replace(text, link =>
                File.Exists(Path.Combine(Path.GetDirectoryName(page)!, link.Groups["target"].Value)) ? link.Value : link.Groups["text"].Value));
        }
        return site;
    }

    [GeneratedRegex(@"(?<!!)\[(?<text>[^\]]*)\]\((?<target>[^)#\s]+\.md)(#[^)]*)?\)")]
    private static partial Regex MarkdownPageLink();

    private static (int Exit, string Out, string Err) Cli(string root) => CliRunner.Run("build", "--source", root, "--format", "text");

    private static string FirstOwnFrame(Exception e) =>
        e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ResourceGen.", StringComparison.Ordinal)) ?? "";
}
