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
    private sealed record Entry(DateTime Modified, long Length, ContentItem? Item, DiagnosticBag Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The remembered item of <paramref name="file"/>, or <paramref name="load"/>'s; its diagnostics go to
    /// <paramref name="diagnostics"/>. With <paramref name="verify"/>, a remembered file whose size or time changed is read again.
    /// </summary>
    public ContentItem? Load(SourceFile file, Func<DiagnosticBag, ContentItem?> load, DiagnosticBag diagnostics, bool verify)
    {
        var known = _entries.TryGetValue(file.RelativePath, out var entry);
        var info = known && !verify ? null : new FileInfo(file.FullPath);
        if (!known || (info is not null && (entry!.Modified != info.LastWriteTimeUtc || entry.Length != info.Length)))
        {
            info ??= new FileInfo(file.FullPath);
            var own = new DiagnosticBag();
            entry = new Entry(info.LastWriteTimeUtc, info.Length, load(own), own);
            _entries[file.RelativePath] = entry;
        }
        diagnostics.AddRange(entry!.Diagnostics);
        return entry.Item;
    }

    /// <summary>Forgets <paramref name="relativePath"/>, so it is read again even if its time and size look unchanged.</summary>
    public void Forget(string relativePath) => _entries.TryRemove(relativePath, out _);

    /// <summary>Forgets files that are gone.</summary>
    public void Retain(IEnumerable<SourceFile> files)
    {
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !present.Contains(p))) _entries.TryRemove(path, out _);
    }
}
