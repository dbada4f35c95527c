using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Comments;

/// <summary>Reads every comment file under <c>data/comments/</c>: one folder per page, one <c>.yml</c> file per comment.</summary>
public static class CommentThreadLoader
{
    /// <summary>The threads under <paramref name="siteRoot"/>, in folder name order; names starting with '.' or '_' are skipped.</summary>
    public static IReadOnlyList<CommentThreadFiles> Load(string siteRoot, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(siteRoot, StaticComments.Folder);
        if (!Directory.Exists(root)) return [];

        foreach (var stray in Directory.EnumerateFiles(root).Where(IsCommentFile).Order(StringComparer.Ordinal))
            diagnostics.Error(DiagnosticCodes.CommentFile, Relative(siteRoot, stray), 0, 0,
                $"comment files go in a folder named after their page: move it to {StaticComments.Folder}/<page-slug>/{Path.GetFileName(stray)}");

        return Directory.EnumerateDirectories(root)
            .Where(folder => !Skipped(Path.GetFileName(folder)))
            .Order(StringComparer.Ordinal)
            .Select(folder => new CommentThreadFiles(
                Path.GetFileName(folder),
                Relative(siteRoot, folder) + "/",
                Directory.EnumerateFiles(folder)
                    .Where(IsCommentFile)
                    .Order(StringComparer.Ordinal)
                    .Select(file => Read(siteRoot, file, diagnostics))
                    .OfType<StaticComment>()
                    .ToList()))
            .ToList();
    }

    private static StaticComment? Read(string siteRoot, string file, DiagnosticBag diagnostics)
    {
        var relative = Relative(siteRoot, file);
        var text = SourceTextDecoder.Decode(File.ReadAllBytes(file), relative, diagnostics, DiagnosticCodes.CommentFile);
        return text is null ? null : CommentFileReader.Read(relative, text, diagnostics);
    }

    private static bool IsCommentFile(string path) =>
        !Skipped(Path.GetFileName(path)) && Path.GetExtension(path) is ".yml" or ".yaml";

    private static bool Skipped(string name) => name.StartsWith('.') || name.StartsWith('_');

    private static string Relative(string siteRoot, string path) => Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
}
