using System.Collections.Concurrent;
using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Incremental;

/// <summary>
/// Each content file's checked front matter, kept while the file's size and modification time stay the same, or,
/// when the caller reports every change (<see cref="Forget"/>), until the file is reported.
/// </summary>
internal sealed class SourceMemo
{
    // Problems is null when the file had none, so collecting them never looks into an empty bag.
    private sealed record Entry(DateTime Modified, long Length, ContentItem? Item, DiagnosticBag? Problems);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forgotten = new(StringComparer.Ordinal);
    private (IReadOnlyList<SourceFile> Files, Dictionary<string, int> Indexes, Entry?[] Entries)? _last;

    /// <summary>
    /// The checked front matter of each of <paramref name="files"/> (null where the file has errors): remembered,
    /// or made by <paramref name="load"/>. With <paramref name="verify"/>, a remembered file whose size or time
    /// changed is read again. The files' diagnostics go to <paramref name="diagnostics"/>.
    /// </summary>
    public List<ContentItem?> LoadAll(IReadOnlyList<SourceFile> files, Func<SourceFile, DiagnosticBag, ContentItem?> load, DiagnosticBag diagnostics, bool verify)
    {
        var entries = !verify && _last is { } last && ReferenceEquals(last.Files, files) ? WithoutForgotten(last.Indexes, last.Entries) : files.Select(file => Remembered(file, verify)).ToArray();
        _forgotten.Clear();
        MissingResults.Compute(entries, i =>
        {
            var info = new FileInfo(files[i].FullPath);
            var own = new DiagnosticBag();
            var item = load(files[i], own);
            return _entries[files[i].RelativePath] = new Entry(info.LastWriteTimeUtc, info.Length, item, own.IsEmpty ? null : own);
        });
        _last = (files, _last is { } known && ReferenceEquals(known.Files, files) ? known.Indexes : Indexes(files), entries);
        foreach (var problems in entries.Select(e => e!.Problems).OfType<DiagnosticBag>()) diagnostics.AddRange(problems);
        return entries.Select(e => e!.Item).ToList();
    }

    /// <summary>Forgets <paramref name="relativePath"/>, so it is read again even if its time and size look unchanged.</summary>
    public void Forget(string relativePath)
    {
        _entries.TryRemove(relativePath, out _);
        _forgotten.Add(relativePath);
    }

    // The same list of files as last build (no file was added or removed): last build's entries but the forgotten ones.
    private Entry?[] WithoutForgotten(Dictionary<string, int> indexes, Entry?[] entries)
    {
        var kept = (Entry?[])entries.Clone();
        foreach (var path in _forgotten)
        {
            if (indexes.TryGetValue(path, out var i)) kept[i] = null;
        }
        return kept;
    }

    private static Dictionary<string, int> Indexes(IReadOnlyList<SourceFile> files)
    {
        var indexes = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++) indexes[files[i].RelativePath] = i;
        return indexes;
    }

    private Entry? Remembered(SourceFile file, bool verify)
    {
        if (!_entries.TryGetValue(file.RelativePath, out var entry) || !verify) return entry;
        var info = new FileInfo(file.FullPath);
        return entry.Modified == info.LastWriteTimeUtc && entry.Length == info.Length ? entry : null;
    }

    /// <summary>Forgets files that are gone.</summary>
    public void Retain(IEnumerable<SourceFile> files)
    {
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !present.Contains(p))) _entries.TryRemove(path, out _);
    }
}
