namespace ResourceGen.Output;

/// <summary>
/// Writes the built site, only ever after the whole build succeeded. A new output folder is written beside its
/// place and moved in when complete. An existing one is brought up to date in place: a file is written only when
/// its bytes changed (through a temporary file and a rename, so no reader sees half a file) and files the build no
/// longer makes are deleted, so an unchanged rebuild touches nothing and deploy tools see no change.
/// </summary>
internal static class OutputWriter
{
    /// <summary>Makes <paramref name="outputDir"/> hold exactly <paramref name="files"/>; returns the paths written or deleted.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<OutputFile> files, string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(target)) return Update(files, target);
        WriteNew(files, target);
        return [.. files.Select(f => f.Path)];
    }

    /// <summary>Writes those of <paramref name="files"/> whose bytes differ from the file on disk; returns their paths.</summary>
    public static IReadOnlyList<string> WriteChanged(IReadOnlyList<OutputFile> files, string outputDir, Func<OutputFile, bool> changed)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var toWrite = files.Where(changed).ToList();
        Parallel.ForEach(toWrite, file => Replace(Resolve(root, file.Path), file.Bytes));
        return toWrite.ConvertAll(f => f.Path);
    }

    /// <summary>Deletes <paramref name="path"/> from the output folder, and the folders it leaves empty.</summary>
    public static void Delete(string outputDir, string path)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var full = Resolve(root + Path.DirectorySeparatorChar, path);
        File.Delete(full);
        for (var folder = Path.GetDirectoryName(full)!; folder != root && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            Directory.Delete(folder);
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

    private static IReadOnlyList<string> Update(IReadOnlyList<OutputFile> files, string target)
    {
        RemoveLinks(new DirectoryInfo(target));
        var root = target + Path.DirectorySeparatorChar;
        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var written = WriteChanged(files, target, file => !SameAsOnDisk(Resolve(root, file.Path), file.Bytes));
        var gone = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(target, full).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !wanted.Contains(path))
            .ToList();
        foreach (var path in gone) Delete(target, path);
        return [.. written, .. gone];
    }

    // A build never writes a symbolic link, so one in the output folder came from elsewhere (a pull request can commit
    // one under _site/): writing or deleting through it would reach files outside the output folder.
    private static void RemoveLinks(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null) entry.Delete();
            else if (entry is DirectoryInfo child) RemoveLinks(child);
        }
    }

    private static bool SameAsOnDisk(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void Replace(string target, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true);
    }

    private static void WriteNew(IReadOnlyList<OutputFile> files, string target)
    {
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var root = staging + Path.DirectorySeparatorChar;
            foreach (var directory in files.Select(f => Path.GetDirectoryName(Resolve(root, f.Path))!).Distinct())
                Directory.CreateDirectory(directory);
            Parallel.ForEach(files, file => File.WriteAllBytes(Resolve(root, file.Path), file.Bytes));
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
