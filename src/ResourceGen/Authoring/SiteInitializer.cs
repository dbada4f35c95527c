using ResourceGen.SiteFile;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Templating;

namespace ResourceGen.Authoring;

/// <summary>
/// <c>resourcegen init</c>: writes a new, buildable site into a new or empty folder: <c>site.yml</c>, the default theme
/// (archetypes included), one example of each type, the JSON Schemas, editor settings, a GitHub workflow, a
/// pull-request template and CONTRIBUTING.md.
/// </summary>
public static class SiteInitializer
{
    /// <summary>Creates the site and returns the files written (relative paths), or null after reporting why it could not.</summary>
    public static IReadOnlyList<string>? Create(string folder, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root) || (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any()))
        {
            diagnostics.Error(DiagnosticCodes.WouldOverwrite, "", 0, 0,
                $"{folder} is not empty; 'init' only creates a site in a new or empty folder, so nothing was written");
            return null;
        }

        var files = BuiltInFiles.Starter
            .Concat(BuiltInFiles.Theme.Select(f => KeyValuePair.Create($"{TemplateSet.Folder}/{f.Key}", f.Value)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        var config = SiteConfigLoader.Load(root, diagnostics);
        if (config is null) return null;
        var schemas = SchemaFilesWriter.Write(Path.Combine(root, SchemaFilesWriter.DefaultFolder), config.Schema);
        return [.. files.Select(f => f.Key), .. schemas.Select(s => Path.GetRelativePath(root, s).Replace('\\', '/'))];
    }
}
