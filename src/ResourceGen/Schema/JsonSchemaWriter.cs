using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResourceGen.Schema;

/// <summary>
/// Writes the front matter of a content type as a JSON Schema (draft-07, the newest draft the YAML language server
/// validates), from the same <see cref="ContentTypes"/> and <see cref="SchemaSettings"/> that <c>check</c> uses.
/// </summary>
internal static class JsonSchemaWriter
{
    /// <summary>The JSON Schema dialect of the files written.</summary>
    public const string Dialect = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file name of a type's schema, e.g. <c>article.schema.json</c>.</summary>
    public static string FileName(ContentType type) => $"{type.Name}.schema.json";

    /// <summary>The schema of <paramref name="type"/>'s front matter on a site with <paramref name="settings"/>, as indented JSON ending in a newline.</summary>
    public static string Write(ContentType type, SchemaSettings settings) => Build(type, settings).ToJsonString(Options) + "\n";

    /// <summary>The schema of <paramref name="type"/>'s front matter on a site with <paramref name="settings"/>.</summary>
    public static JsonObject Build(ContentType type, SchemaSettings settings)
    {
        var required = settings.RequiredKeys(type);
        var properties = new JsonObject();
        foreach (var field in type.Fields)
        {
            var schema = field.Key == "tags" && settings.Tags is { } vocabulary ? TagList(vocabulary) : FieldKindJsonSchema.For(field.Kind);
            if (!required.Contains(field.Key)) FieldKindJsonSchema.AllowNull(schema);
            properties[field.Key] = Described(field.Description, schema);
        }
        foreach (var key in settings.Keys.Where(k => type.Rule(k) is null))
            properties[key] = new JsonObject { ["description"] = $"This site's own key (schema.keys in site.yml); templates read it as page.params.{key}." };

        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["title"] = $"{type.SingularTitle} front matter",
            ["description"] = $"The front matter of a file in content/{type.Section}/. Written by 'resourcegen schema' from site.yml; do not edit by hand.",
            ["type"] = "object",
            ["required"] = new JsonArray([.. required.Select(k => (JsonNode)k)]),
            ["properties"] = properties,
            ["dependencies"] = new JsonObject { ["part"] = new JsonArray("series") },
        };
    }

    // The vocabulary's tags, with their descriptions for completion; any spelling with the same slug is accepted, as check does.
    private static JsonObject TagList(IReadOnlyDictionary<string, TagDefinition> vocabulary)
    {
        var tags = vocabulary.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var spellings = string.Join('|', vocabulary.Keys.Order(StringComparer.Ordinal).Select(SlugSpellings));
        var tag = new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["enum"] = new JsonArray([.. tags.Select(t => (JsonNode)t.Name)]),
                    ["enumDescriptions"] = new JsonArray([.. tags.Select(t => (JsonNode)t.Description)]),
                },
                new JsonObject { ["type"] = "string", ["pattern"] = $"^[^A-Za-z0-9]*(?:{spellings})[^A-Za-z0-9]*$" }),
        };
        var list = new JsonObject { ["type"] = "array", ["items"] = tag.DeepClone() };
        return new JsonObject { ["anyOf"] = new JsonArray(tag, list) };
    }

    // "fine-motor" also as "Fine Motor", "fine_motor" ...: letters in either case, any separators between the words.
    private static string SlugSpellings(string slug) => string.Join("[^A-Za-z0-9]+", slug.Split('-').Select(word =>
        string.Concat(word.Select(c => char.IsAsciiLetter(c) ? $"[{c}{char.ToUpperInvariant(c)}]" : c.ToString()))));

    private static JsonObject Described(string description, JsonObject schema)
    {
        if (description.Length == 0) return schema;
        var described = new JsonObject { ["description"] = description };
        foreach (var (key, value) in schema) described[key] = value?.DeepClone();
        return described;
    }
}
