namespace ResourceGen.Output;

/// <summary>
/// Writes the built site. Files go to a temporary folder beside the output folder, which is swapped in only
/// when every file was written: a failed build or write leaves the previous output exactly as it was.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDir"/>.</summary>
    public static void Write(IReadOnlyList<OutputFile> files, string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            WriteAll(files, staging);
            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void WriteAll(IReadOnlyList<OutputFile> files, string root)
    {
        Directory.CreateDirectory(root);
        var rootWithSeparator = root + Path.DirectorySeparatorChar;
        foreach (var directory in files.Select(f => Path.GetDirectoryName(Resolve(rootWithSeparator, f.Path))!).Distinct())
            Directory.CreateDirectory(directory);
        Parallel.ForEach(files, file => File.WriteAllBytes(Resolve(rootWithSeparator, file.Path), file.Bytes));
    }

    /// <summary>The full path of <paramref name="relativePath"/> under the output root; never outside it.</summary>
    internal static string Resolve(string rootWithSeparator, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(rootWithSeparator, relativePath));
        // Slugs are checked long before this; this guard keeps a bug from ever writing outside the output folder.
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");
        return full;
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }
}
