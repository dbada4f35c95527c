using ResourceGen.Diagnostics;

namespace ResourceGen.Tests.Support;

/// <summary>Checks an output folder kept up to date by incremental builds against a full build of the same files.</summary>
public static class OutputComparison
{
    /// <summary>Builds <paramref name="siteRoot"/> from scratch and asserts <paramref name="outputDir"/> holds exactly the same files and bytes.</summary>
    public static void AssertSameAsFullBuild(string siteRoot, string outputDir, bool drafts = false, string step = "")
    {
        var full = Path.Combine(Path.GetTempPath(), "resourcegen-tests", "full-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Run(new BuildOptions(siteRoot, OutputDir: full, Drafts: drafts));
            Assert.True(result.Succeeded, $"{step}: the full build failed: {string.Join("\n", result.Diagnostics)}");
            var expected = SiteFixture.Snapshot(full);
            var actual = SiteFixture.Snapshot(outputDir);
            Assert.Equal(expected.Keys, actual.Keys);
            var different = expected.Keys.Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).ToList();
            Assert.True(different.Count == 0, $"{step}: files differ from a full build: {string.Join(", ", different)}");
        }
        finally
        {
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        }
    }

    /// <summary>The diagnostics of a full check of <paramref name="siteRoot"/>, as text.</summary>
    public static IReadOnlyList<string> FullBuildProblems(string siteRoot, bool drafts = false) =>
        SiteBuilder.Build(new BuildOptions(siteRoot, Drafts: drafts), new DiagnosticBag()).Diagnostics.Select(d => d.ToString()).ToList();
}
