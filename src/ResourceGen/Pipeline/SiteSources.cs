using ResourceGen.Comments;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Engine;
using ResourceGen.Generation;
using ResourceGen.Templating;

namespace ResourceGen.Pipeline;

/// <summary>
/// Reads the site's files from disk into <see cref="SiteInputs"/>: all of them, or only those a file watcher
/// reported. This and the output writer are the only code of a build that touches the disk.
/// </summary>
internal sealed class SiteSources(string siteRoot, QueryStore store, SiteInputs inputs, bool gitDates)
{
    /// <summary>The folders a build reads, each listed as a whole.</summary>
    public static readonly IReadOnlyList<string> Folders = [ContentDiscovery.ContentFolder, TemplateSet.Folder, StaticComments.Folder, StaticFilesGenerator.StaticFolder];

    // The largest file read into memory: a larger one is only ever reported as too large.
    private const long LargestRead = 64L * 1024 * 1024;

    private static readonly Lazy<byte[]> TooLarge = new(() => new byte[LargestRead + 1]);

    private readonly Dictionary<string, HashSet<string>> _listed = new(StringComparer.Ordinal);

    /// <summary>Reads every file the build uses.</summary>
    public void ReadAll()
    {
        ReadFile(SiteConfig.FileName);
        foreach (var folder in Folders) List(folder);
        Parallel.ForEach(_listed.Values.SelectMany(paths => paths), ReadFile);
        ReadGitHistory();
    }

    /// <summary>Reads again the files at <paramref name="changedPaths"/> (site-relative), and lists a folder again where a file was added or removed.</summary>
    public void ReadChanged(IEnumerable<string> changedPaths)
    {
        foreach (var path in changedPaths.Select(p => p.Replace('\\', '/').TrimEnd('/')))
        {
            if (path == SiteConfig.FileName)
            {
                ReadFile(path);
                continue;
            }
            var folder = Folders.FirstOrDefault(f => path == f || path.StartsWith(f + "/", StringComparison.Ordinal));
            if (folder is null) continue;
            if (_listed[folder].Contains(path) && File.Exists(Path.Combine(siteRoot, path))) ReadFile(path);
            else Relist(folder, path);
        }
        ReadGitHistory();
    }

    // A file was added or removed, or a folder renamed: the new files are read, the gone ones set missing.
    private void Relist(string folder, string changed)
    {
        var before = _listed[folder];
        List(folder);
        foreach (var gone in before.Where(p => !_listed[folder].Contains(p))) inputs.Files.Set(store, gone, null);
        foreach (var path in _listed[folder].Where(p => !before.Contains(p) || p == changed)) ReadFile(path);
    }

    private void List(string folder)
    {
        var paths = SiteFolder.List(siteRoot, folder);
        _listed[folder] = paths.ToHashSet(StringComparer.Ordinal);
        inputs.Listings.Set(store, folder, paths);
    }

    private void ReadFile(string path)
    {
        var file = new FileInfo(Path.Combine(siteRoot, path));
        byte[]? bytes = !file.Exists ? null : file.Length > LargestRead ? TooLarge.Value : File.ReadAllBytes(file.FullName);
        inputs.Files.Set(store, path, bytes);
    }

    private void ReadGitHistory()
    {
        if (!gitDates) return;
        var warnings = new DiagnosticBag();
        var dates = GitDates.LastCommitDates(siteRoot, warnings);
        inputs.GitHistory.Set(store, new GitHistory(dates, warnings.ToList()));
    }
}
