using System.Diagnostics;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// Watches what a build reads (<c>site.yml</c>, <c>content/</c>, <c>templates/</c>, <c>static/</c>, <c>data/</c>) and hands out the
/// changed paths a burst at a time: a burst ends when no file changed for the quiet period, so an editor that
/// writes a file several times causes one rebuild. Only those folders are watched, never the output folder, whose
/// thousands of folders would use up the system's watches.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] WatchedFolders = ["content", "templates", "static", "data"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _siteRoot;
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastChange;
    private bool _lost;

    /// <summary>Starts watching <paramref name="siteRoot"/>.</summary>
    public SiteWatcher(string siteRoot)
    {
        _siteRoot = Path.GetFullPath(siteRoot);
        // The site folder itself, not its subfolders: site.yml, and the watched folders coming and going.
        Watch(_siteRoot, subfolders: false);
        foreach (var folder in WatchedFolders.Select(f => Path.Combine(_siteRoot, f)).Where(Directory.Exists)) Watch(folder, subfolders: true);
    }

    /// <summary>
    /// Waits for the next burst of changes and returns the changed paths, relative to the site folder; null when
    /// the system dropped events, so any file may have changed.
    /// </summary>
    public async Task<IReadOnlyCollection<string>?> NextBurstAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        await _signal.WaitAsync(cancellation);
        while (true)
        {
            TimeSpan wait;
            lock (_changed) wait = _lastChange + quiet - _clock.Elapsed;
            if (wait <= TimeSpan.Zero) break;
            await Task.Delay(wait, cancellation);
        }
        lock (_changed)
        {
            while (_signal.CurrentCount > 0) _signal.Wait(0);
            var burst = _lost ? null : _changed.ToList();
            _changed.Clear();
            _lost = false;
            return burst;
        }
    }

    /// <summary>True when something changed that the next burst will hand out.</summary>
    public bool HasChanges
    {
        get
        {
            lock (_changed) return _signal.CurrentCount > 0;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var watcher in _watchers) watcher.Dispose();
        }
        _signal.Dispose();
    }

    private void Watch(string folder, bool subfolders)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Seen(e.FullPath);
        watcher.Created += (_, e) => Seen(e.FullPath);
        watcher.Deleted += (_, e) => Seen(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath);
            Seen(e.FullPath);
        };
        // Events were lost: rebuild anyway; the build notices changed files by their size and time.
        watcher.Error += (_, _) => Seen(null);
        watcher.EnableRaisingEvents = true;
        lock (_watchers) _watchers.Add(watcher);
    }

    private void Seen(string? fullPath)
    {
        var relative = fullPath is null ? null : Path.GetRelativePath(_siteRoot, fullPath).Replace('\\', '/');
        // A watched folder made after serve started: watch it from now on, and rebuild with every file checked.
        if (relative is not null && WatchedFolders.Contains(relative) && Directory.Exists(fullPath) && !IsWatching(fullPath!))
        {
            Watch(fullPath!, subfolders: true);
            relative = null;
        }
        if (relative is not null && !IsWatched(relative)) return;
        lock (_changed)
        {
            if (relative is null) _lost = true;
            else _changed.Add(relative);
            _lastChange = _clock.Elapsed;
        }
        _signal.Release();
    }

    private bool IsWatching(string folder)
    {
        lock (_watchers) return _watchers.Any(w => w.IncludeSubdirectories && w.Path == folder);
    }

    private static bool IsWatched(string relative)
    {
        var parts = relative.Split('/');
        if (parts.Any(p => p.StartsWith('.'))) return false;
        return relative == "site.yml" || WatchedFolders.Contains(parts[0]);
    }
}
