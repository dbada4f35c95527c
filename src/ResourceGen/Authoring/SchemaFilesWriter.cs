using ResourceGen.Schema;

namespace ResourceGen.Authoring;

/// <summary>Writes the JSON Schema of every content type's front matter, one <c>&lt;type&gt;.schema.json</c> file each.</summary>
public static class SchemaFilesWriter
{
    /// <summary>The folder, under the site folder, the schemas go to by default (editor settings point there).</summary>
    public const string DefaultFolder = "schema";

    /// <summary>Writes the schemas into <paramref name="folder"/> and returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, SchemaSettings settings)
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
