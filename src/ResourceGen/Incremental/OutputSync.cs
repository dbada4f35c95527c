using ResourceGen.Output;

namespace ResourceGen.Incremental;

/// <summary>
/// Keeps an output folder equal to the latest successful build while writing as little as possible: the first
/// build replaces the folder as <see cref="OutputWriter"/> does; later ones write only files whose bytes changed
/// (each through a temporary file and a rename, so a reader never sees half a file) and delete files that are gone.
/// </summary>
/// <param name="outputDir">The output folder.</param>
public sealed class OutputSync(string outputDir)
{
    private Dictionary<string, byte[]>? _written;

    /// <summary>Makes the folder hold exactly <paramref name="files"/>; returns the paths written or deleted.</summary>
    public IReadOnlyList<string> Write(IReadOnlyList<OutputFile> files)
    {
        var next = files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        if (_written is null)
        {
            OutputWriter.Write(files, outputDir);
            _written = next;
            return [.. next.Keys];
        }
        var gone = _written.Keys.Where(path => !next.ContainsKey(path)).ToList();
        var changed = Update(files);
        foreach (var path in gone) Delete(path);
        _written = next;
        return [.. changed, .. gone];
    }

    /// <summary>Writes those of <paramref name="files"/> whose bytes changed, leaving every other file as it is; returns the paths written.</summary>
    public IReadOnlyList<string> Update(IReadOnlyList<OutputFile> files)
    {
        if (_written is null) throw new InvalidOperationException("Write the whole output once before updating part of it.");
        var changed = files.Where(f => !_written.TryGetValue(f.Path, out var old) || !SameBytes(old, f.Bytes)).ToList();
        Parallel.ForEach(changed, file => Replace(file.Path, file.Bytes));
        foreach (var file in changed) _written[file.Path] = file.Bytes;
        return changed.ConvertAll(f => f.Path);
    }

    private static bool SameBytes(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);

    private void Replace(string path, byte[] bytes)
    {
        var target = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true);
    }

    private string FullPath(string path) => OutputWriter.Resolve(Path.GetFullPath(outputDir) + Path.DirectorySeparatorChar, path);

    private void Delete(string path)
    {
        var full = FullPath(path);
        File.Delete(full);
        var root = Path.GetFullPath(outputDir);
        for (var folder = Path.GetDirectoryName(full)!; folder != root && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            Directory.Delete(folder);
    }
}
