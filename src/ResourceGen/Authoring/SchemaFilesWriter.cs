using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.SiteFile;

namespace ResourceGen.Authoring;

/// <summary>Writes the JSON Schema of every content type's front matter, one <c>&lt;type&gt;.schema.json</c> file each.</summary>
public static class SchemaFilesWriter
{
    /// <summary>The folder, under the site folder, the schemas go to by default (editor settings point there).</summary>
    public const string DefaultFolder = "schema";

    /// <summary>
    /// Writes the schemas of the site at <paramref name="siteRoot"/> into <paramref name="folder"/> (by default
    /// <see cref="DefaultFolder"/> under the site) and returns the files written; none when <c>site.yml</c> has errors,
    /// which go to <paramref name="diagnostics"/>.
    /// </summary>
    public static IReadOnlyList<string> WriteFor(string siteRoot, string? folder, DiagnosticBag diagnostics) =>
        SiteConfigLoader.Load(siteRoot, diagnostics) is { } config ? Write(folder ?? Path.Combine(siteRoot, DefaultFolder), config.Schema) : [];

    /// <summary>Writes the schemas into <paramref name="folder"/> and returns the files written.</summary>
    internal static IReadOnlyList<string> Write(string folder, SchemaSettings settings)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var type in settings.Types.All)
        {
            var path = Path.Combine(folder, JsonSchemaWriter.FileName(type));
            File.WriteAllText(path, JsonSchemaWriter.Write(type, settings));
            written.Add(path);
        }
        return written;
    }
}
