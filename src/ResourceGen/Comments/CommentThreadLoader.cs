using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Comments;

/// <summary>Reads every comment file under <c>data/comments/</c>: one folder per page, one <c>.yml</c> file per comment.</summary>
internal static class CommentThreadLoader
{
    /// <summary>
    /// The threads among <paramref name="files"/> (site-relative paths under <c>data/comments/</c> with their bytes,
    /// in path order): one per folder, each with the comments that could be read; the others are reported.
    /// </summary>
    public static IReadOnlyList<CommentThreadFiles> Load(IReadOnlyList<(string Path, byte[] Bytes)> files, DiagnosticBag diagnostics)
    {
        var prefix = StaticComments.Folder + "/";
        var threads = new SortedDictionary<string, List<StaticComment>>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            var parts = path[prefix.Length..].Split('/');
            if (parts.Length == 1 && IsCommentFile(parts[0]))
            {
                diagnostics.Error(DiagnosticCodes.CommentFile, path, 0, 0,
                    $"comment files go in a folder named after their page: move it to {StaticComments.Folder}/<page-slug>/{parts[0]}");
                continue;
            }
            if (parts.Length != 2 || Skipped(parts[0])) continue;
            if (!threads.TryGetValue(parts[0], out var comments)) threads[parts[0]] = comments = [];
            if (IsCommentFile(parts[1]) && Read(path, bytes, diagnostics) is { } comment) comments.Add(comment);
        }
        return threads.Select(t => new CommentThreadFiles(t.Key, prefix + t.Key + "/", t.Value)).ToList();
    }

    private static StaticComment? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var text = SourceTextDecoder.Decode(bytes, path, diagnostics, DiagnosticCodes.CommentFile);
        return text is null ? null : CommentFileReader.Read(path, text, diagnostics);
    }

    private static bool IsCommentFile(string name) => !Skipped(name) && Path.GetExtension(name) is ".yml" or ".yaml";

    private static bool Skipped(string name) => name.StartsWith('.') || name.StartsWith('_');
}
