using ResourceGen.Incremental;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Incremental;

/// <summary>
/// The incremental==full oracle over a long seeded random run: after every edit, the live engine's output folder
/// and diagnostics equal those of a fresh full build of the same files. Two engines follow the same edits, one told
/// exactly which files changed and one told nothing (null), as a watcher that lost track would.
/// Set RESOURCEGEN_ORACLE_SEED to try another seed.
/// </summary>
public sealed class RandomEditOracleTests : IDisposable
{
    private const int Steps = 200;
    private const int GeneratedPages = 14;

    private readonly SiteFixture _site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates", "data");
    private readonly string _outputs = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "oracle-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_outputs)) Directory.Delete(_outputs, recursive: true);
    }

    [Fact]
    public void After_every_random_edit_the_live_engine_equals_a_full_build_whether_or_not_it_is_told_what_changed()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RESOURCEGEN_ORACLE_SEED"), out var chosen) ? chosen : 20261214;
        var edits = new RandomSiteEdits(_site, seed, GeneratedPages);
        var told = new Engine("told the changed paths", Options("told"), deferSlowOutputs: true);
        var untold = new Engine("told nothing (null)", Options("untold"), deferSlowOutputs: false);
        var failures = 0;

        Compare(seed, 0, new SiteEdit("first build", []), told.Build([]), untold.Build(null));
        for (var step = 1; step <= Steps; step++)
        {
            var edit = edits.Next(step);
            var (toldResult, untoldResult) = (told.Build(edit.ChangedPaths), untold.Build(null));
            if (!Compare(seed, step, edit, toldResult, untoldResult)) failures++;
        }

        Assert.True(failures >= Steps / 20 && failures <= Steps / 2,
            $"seed {seed}: {failures} of {Steps} builds failed; the run should break the site now and then, and mostly build");
    }

    private BuildOptions Options(string name) => new(_site.Root, OutputDir: Path.Combine(_outputs, name));

    /// <summary>Checks both engines against a full build; returns whether the build succeeded.</summary>
    private bool Compare(int seed, int step, SiteEdit edit, EngineResult told, EngineResult untold)
    {
        var where = $"seed {seed}, step {step} ({edit.Description}; changed: {string.Join(", ", edit.ChangedPaths)})";
        var fullOutput = Path.Combine(_outputs, "full-" + step);
        var full = SiteBuilder.Run(new BuildOptions(_site.Root, OutputDir: fullOutput));
        var expected = full.Diagnostics.Select(d => d.ToString()).ToList();
        var expectedFiles = full.Succeeded ? SiteFixture.Snapshot(fullOutput) : null;
        if (Directory.Exists(fullOutput)) Directory.Delete(fullOutput, recursive: true);

        foreach (var result in new[] { told, untold })
        {
            if (!expected.SequenceEqual(result.Diagnostics))
            {
                Assert.Fail($"{where}: the engine {result.Engine} reports\n  {string.Join("\n  ", result.Diagnostics)}\n"
                    + $"where a full build reports\n  {string.Join("\n  ", expected)}");
            }
            if (expectedFiles is null)
            {
                Assert.True(result.Written.Count == 0, $"{where}: the engine {result.Engine} wrote {string.Join(", ", result.Written)} after a failed build");
                continue;
            }
            if (FirstDifference(expectedFiles, result.OutputDir) is { } difference)
                Assert.Fail($"{where}: the output of the engine {result.Engine} differs from a full build: {difference}");
        }
        return expectedFiles is not null;
    }

    private static string? FirstDifference(SortedDictionary<string, byte[]> expected, string outputDir)
    {
        var actual = SiteFixture.Snapshot(outputDir);
        if (expected.Keys.Except(actual.Keys).FirstOrDefault() is { } missing) return $"{missing} is missing";
        if (actual.Keys.Except(expected.Keys).FirstOrDefault() is { } extra) return $"{extra} should not be there";
        var path = expected.Keys.FirstOrDefault(p => !expected[p].AsSpan().SequenceEqual(actual[p]));
        if (path is null) return null;
        var want = System.Text.Encoding.UTF8.GetString(expected[path]).Split('\n');
        var got = System.Text.Encoding.UTF8.GetString(actual[path]).Split('\n');
        var line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], Math.Min(want.Length, got.Length));
        return $"{path}, from line {line + 1}: expected\n  {string.Join("\n  ", want.Skip(line).Take(3))}\nbut found\n  {string.Join("\n  ", got.Skip(line).Take(3))}";
    }

    private sealed record EngineResult(string Engine, string OutputDir, IReadOnlyList<string> Diagnostics, IReadOnlyList<string> Written);

    /// <summary>One live engine, rebuilt as <c>serve</c> does: the pages, then what it held back.</summary>
    private sealed class Engine(string name, BuildOptions options, bool deferSlowOutputs)
    {
        private readonly IncrementalSiteBuilder _builder = new(options, deferSlowOutputs);

        public EngineResult Build(IReadOnlyList<string>? changed)
        {
            var result = _builder.Rebuild(changed);
            var written = result.Written.Concat(_builder.CompleteDeferred()).ToList();
            return new EngineResult(name, options.ResolvedOutputDir, result.Build.Diagnostics.Select(d => d.ToString()).ToList(), written);
        }
    }
}
