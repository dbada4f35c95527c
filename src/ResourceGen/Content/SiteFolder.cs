using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>The files of one folder of a site, and the links and limits that kept others out.</summary>
/// <param name="Paths">Site-relative paths with '/', in ordinal order.</param>
/// <param name="Problems">A symbolic link not followed, or the file limit reached.</param>
internal sealed record FolderListing(IReadOnlyList<string> Paths, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Lists the files of one folder of a site, the only place the build enumerates the disk. A symbolic link is
/// followed only when it resolves to a file or folder inside the site (and not into its <c>.git</c> folder, which
/// may hold the checkout's token); any other link is reported at its own path and nothing is read through it.
/// </summary>
internal static class SiteFolder
{
    /// <summary>
    /// The files under <paramref name="folder"/> of the site at <paramref name="siteReal"/> (its path with every link
    /// resolved, <see cref="SiteLinks.RealPath(string)"/>), at most <paramref name="room"/> of them: what the other folders
    /// leave of the site's limit of <paramref name="maxFiles"/>.
    /// </summary>
    public static FolderListing List(string siteReal, string folder, int room, int maxFiles)
    {
        var walk = new Walk(siteReal, room, maxFiles);
        walk.Entry(new DirectoryInfo(Path.Combine(siteReal, folder)), folder, []);
        walk.Paths.Sort(StringComparer.Ordinal);
        return new FolderListing(walk.Paths, walk.Problems.ToList());
    }

    private sealed class Walk(string siteReal, int room, int maxFiles)
    {
        private bool _full;

        public List<string> Paths { get; } = [];

        public DiagnosticBag Problems { get; } = new();

        public void Entry(FileSystemInfo entry, string path, HashSet<string> ancestors)
        {
            if (_full) return;
            var real = entry.FullName;
            if (entry.LinkTarget is { } written)
            {
                if (SiteLinks.Refusal(entry, siteReal) is { } refusal)
                {
                    Problems.Error(DiagnosticCodes.LinkNotFollowed, path, 1, 1, $"the symbolic link {path} -> {written} {refusal}");
                    return;
                }
                real = SiteLinks.RealPath(entry.FullName)!;
            }
            if (Directory.Exists(real))
                Folder(real, path, ancestors);
            else if (File.Exists(real))
                AddFile(path);
        }

        private void Folder(string real, string path, HashSet<string> ancestors)
        {
            if (!ancestors.Add(real))
            {
                Problems.Error(DiagnosticCodes.LinkNotFollowed, path, 1, 1,
                    $"{path} leads back, through a symbolic link, to a folder that holds it: a loop that would never end; remove the link that leads here");
                return;
            }
            foreach (var child in new DirectoryInfo(real).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
                Entry(child, path + "/" + child.Name, ancestors);
            ancestors.Remove(real);
        }

        private void AddFile(string path)
        {
            if (Paths.Count < room)
            {
                Paths.Add(path);
                return;
            }
            _full = true;
            Problems.Error(DiagnosticCodes.LimitExceeded, path, 1, 1,
                $"the site has more than {maxFiles:N0} files in content/, templates/, data/ and static/; remove files the site does not use, or raise limits.max_files in site.yml");
        }
    }
}
