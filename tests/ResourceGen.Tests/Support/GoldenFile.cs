namespace ResourceGen.Tests.Support;

/// <summary>
/// Verify-style golden files: <c>name.verified.ext</c> is committed next to the test; on a mismatch the actual text
/// is written to <c>name.received.ext</c> and the test fails with the first differing line.
/// Set <c>RESOURCEGEN_ACCEPT_GOLDEN=1</c> to accept received output as the new verified file.
/// </summary>
public static class GoldenFile
{
    /// <summary>Compares <paramref name="actual"/> with the verified file at <paramref name="verifiedPath"/>.</summary>
    public static void Verify(string verifiedPath, string actual)
    {
        var receivedPath = verifiedPath.Replace(".verified.", ".received.");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("RESOURCEGEN_ACCEPT_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, actual);
        }
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No verified file {verifiedPath}; review {receivedPath} and rename it, or run with RESOURCEGEN_ACCEPT_GOLDEN=1."
            : $"{verifiedPath} differs from the output ({receivedPath}):\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right) return $"line {i + 1}:\n- expected: {left}\n+ received: {right}";
        }
        return "(only line endings differ)";
    }
}
