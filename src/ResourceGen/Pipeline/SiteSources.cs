using ResourceGen.Comments;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Engine;
using ResourceGen.Generation;
using ResourceGen.SiteFile;
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

    /// <summary>The keys of <see cref="SiteInputs.ListingProblems"/>: <c>site.yml</c> and each folder.</summary>
    public static readonly IReadOnlyList<string> Listed = [SiteConfig.FileName, .. Folders];

    private readonly string _siteReal = SiteLinks.RealPath(siteRoot) ?? Path.GetFullPath(siteRoot);

    /// <summary>Reads every file the build uses.</summary>
    public void ReadAll()
    {
        ReadSiteConfig();
        var maxFiles = MaxFiles();
        foreach (var folder in Folders) List(folder, maxFiles);
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
                ReadSiteConfig();
                continue;
            }
            var folder = Folders.FirstOrDefault(f => path == f || path.StartsWith(f + "/", StringComparison.Ordinal));
            if (folder is null) continue;
            var file = new FileInfo(Path.Combine(siteRoot, path));
            if (_listed[folder].Contains(path) && file.Exists && file.LinkTarget is null) ReadFile(path);
            else Relist(folder, path);
        }
        ReadGitHistory();
    }

    // A file was added or removed, or a folder renamed: the new files are read, the gone ones set missing.
    private void Relist(string folder, string changed)
    {
        var before = _listed[folder];
        List(folder, MaxFiles());
        foreach (var gone in before.Where(p => !_listed[folder].Contains(p))) inputs.Files.Set(store, gone, null);
        foreach (var path in _listed[folder].Where(p => !before.Contains(p) || p == changed)) ReadFile(path);
    }

    // Each folder may hold what the others leave of the site's file limit.
    private void List(string folder, int maxFiles)
    {
        var others = _listed.Where(pair => pair.Key != folder).Sum(pair => pair.Value.Count);
        var listing = SiteFolder.List(_siteReal, folder, Math.Max(0, maxFiles - others), maxFiles);
        _listed[folder] = listing.Paths.ToHashSet(StringComparer.Ordinal);
        inputs.Listings.Set(store, folder, listing.Paths);
        inputs.ListingProblems.Set(store, folder, listing.Problems);
    }

    // The limit is needed before any query runs, so it is read from site.yml's bytes here (the defaults when they do not parse).
    private int MaxFiles() =>
        SiteConfigLoader.Read(inputs.Files[SiteConfig.FileName].Value, siteRoot, null, new DiagnosticBag())?.Limits.MaxFiles ?? SiteLimits.Default.MaxFiles;

    private void ReadSiteConfig()
    {
        var file = new FileInfo(Path.Combine(siteRoot, SiteConfig.FileName));
        var refusal = file.LinkTarget is null ? null : SiteLinks.Refusal(file, _siteReal);
        inputs.ListingProblems.Set(store, SiteConfig.FileName, refusal is null ? [] :
            [new Diagnostic(Severity.Error, DiagnosticCodes.LinkNotFollowed, SiteConfig.FileName, 1, 1, $"the symbolic link {SiteConfig.FileName} -> {file.LinkTarget} {refusal}")]);
        if (refusal is null) ReadFile(SiteConfig.FileName);
        else inputs.Files.Set(store, SiteConfig.FileName, null);
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
