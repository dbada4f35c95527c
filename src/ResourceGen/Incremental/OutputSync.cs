using ResourceGen.Output;

namespace ResourceGen.Incremental;

/// <summary>
/// Keeps an output folder equal to the latest successful build while writing as little as possible: the first
/// build goes through <see cref="OutputWriter"/>; later ones compare with the bytes they wrote last time instead
/// of reading the files back, write only files whose bytes changed and delete files that are gone.
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
            var written = OutputWriter.Write(files, outputDir);
            _written = next;
            return written;
        }
        var gone = _written.Keys.Where(path => !next.ContainsKey(path)).ToList();
        var changed = Update(files);
        foreach (var path in gone) OutputWriter.Delete(outputDir, path);
        _written = next;
        return [.. changed, .. gone];
    }

    /// <summary>Writes those of <paramref name="files"/> whose bytes changed, leaving every other file as it is; returns the paths written.</summary>
    public IReadOnlyList<string> Update(IReadOnlyList<OutputFile> files)
    {
        if (_written is null) throw new InvalidOperationException("Write the whole output once before updating part of it.");
        var written = _written;
        var changed = OutputWriter.WriteChanged(files, outputDir, f => !written.TryGetValue(f.Path, out var old) || !SameBytes(old, f.Bytes));
        foreach (var file in files) written[file.Path] = file.Bytes;
        return changed;
    }

    private static bool SameBytes(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);
}
