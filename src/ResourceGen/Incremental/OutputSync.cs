using ResourceGen.Output;

namespace ResourceGen.Incremental;

/// <summary>
/// Keeps an output folder equal to the latest successful build while writing as little as possible: the first
/// build goes through <see cref="OutputWriter"/>; later ones compare with the bytes they wrote last time instead
/// of reading the files back, write only files whose bytes changed and delete files that are gone.
/// </summary>
/// <param name="outputDir">The output folder.</param>
internal sealed class OutputSync(string outputDir)
{
    private Dictionary<string, byte[]>? _written;
    private IReadOnlyList<OutputFile> _lastWrite = [];

    /// <summary>Makes the folder hold exactly <paramref name="files"/>; returns the paths written or deleted.</summary>
    public IReadOnlyList<string> Write(IReadOnlyList<OutputFile> files)
    {
        if (_written is null)
        {
            var written = OutputWriter.Write(files, outputDir);
            (_written, _lastWrite) = (files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal), files);
            return written;
        }
        // Builds list their files in the same order; one with the very same path and bytes as last time is on disk already.
        var last = _lastWrite;
        var aligned = last.Count == files.Count;
        var changed = Update(files, i => aligned && ReferenceEquals(files[i].Bytes, last[i].Bytes) && ReferenceEquals(files[i].Path, last[i].Path));
        _lastWrite = files;
        // Update added the new paths; when the files are as many as the paths, none written before is gone.
        if (files.Count == _written.Count) return changed;
        return [.. changed, .. DeleteGone(_written.Keys, files)];
    }

    /// <summary>
    /// Writes those of <paramref name="files"/> whose bytes changed and deletes the paths of <paramref name="previous"/>
    /// that <paramref name="files"/> no longer has (an output whose file names carry content hashes); returns the paths written or deleted.
    /// </summary>
    public IReadOnlyList<string> Replace(IReadOnlyList<OutputFile> previous, IReadOnlyList<OutputFile> files)
    {
        var changed = Update(files, _ => false);
        return [.. changed, .. DeleteGone(previous.Select(f => f.Path), files)];
    }

    // Deletes the written paths among candidates that files no longer has.
    private List<string> DeleteGone(IEnumerable<string> candidates, IReadOnlyList<OutputFile> files)
    {
        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var gone = candidates.Where(path => !wanted.Contains(path) && _written!.ContainsKey(path)).ToList();
        foreach (var path in gone)
        {
            OutputWriter.Delete(outputDir, path);
            _written!.Remove(path);
        }
        return gone;
    }

    private IReadOnlyList<string> Update(IReadOnlyList<OutputFile> files, Func<int, bool> knownSame)
    {
        if (_written is null) throw new InvalidOperationException("Write the whole output once before updating part of it.");
        var written = _written;
        var toWrite = files.Where((f, i) => !knownSame(i) && (!written.TryGetValue(f.Path, out var old) || !SameBytes(old, f.Bytes))).ToList();
        if (toWrite.Count == 0) return [];
        var changed = OutputWriter.WriteChanged(toWrite, outputDir, _ => true);
        foreach (var file in toWrite) written[file.Path] = file.Bytes;
        return changed;
    }

    private static bool SameBytes(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);
}
