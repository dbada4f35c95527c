using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResourceGen.Diagnostics;
using ResourceGen.Templating;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ResourceGen.Authoring;

/// <summary>
/// Fills in an archetype (<c>templates/archetypes/&lt;type&gt;.md</c>), a Scriban template of a new resource. It sees
/// <c>title</c>, <c>slug</c>, <c>date</c>, <c>type</c>, <c>section</c>, <c>schema</c> (the path from the new file to its
/// JSON Schema), <c>tags</c> (the vocabulary: <c>name</c>, <c>description</c>), <c>opt.&lt;key&gt;</c> (<c>"# "</c>, which
/// comments a line out, unless the site requires the key), <c>type_name</c> (singular, e.g. "Handout"), <c>fields</c>
/// (the type's own fields: <c>key</c>, <c>kind</c>, <c>description</c>, <c>hint</c>, <c>example</c>), <c>features</c>
/// (<c>features.checklist</c> is true for a type with that feature) and the function
/// <c>yaml</c> (text as a quoted YAML string).
/// </summary>
internal static class ArchetypeRenderer
{
    /// <summary>The folder, under <c>templates/</c>, that holds the archetypes.</summary>
    public const string Folder = "archetypes";

    /// <summary>The archetype of a type that has none of its own, in <see cref="Folder"/>.</summary>
    public const string Generic = "resource.md";

    private static readonly JsonSerializerOptions YamlString = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders <paramref name="text"/>; returns null after reporting template errors against <paramref name="file"/>.</summary>
    public static string? Render(string text, string file, ArchetypeValues values, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text.Replace("\r\n", "\n"), file);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            TemplateSet.Report(diagnostics, message.Span, message.Message);
        if (template.HasErrors) return null;

        var context = new TemplateContext { StrictVariables = true, AutoIndent = false };
        context.PushGlobal(Globals(values));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            TemplateSet.Report(diagnostics, e.Span, e.OriginalMessage);
            return null;
        }
    }

    private static ScriptObject Globals(ArchetypeValues values)
    {
        var optional = new ScriptObject();
        foreach (var field in values.Type.Fields) optional[field.Key] = values.RequiredKeys.Contains(field.Key) ? "" : "# ";
        var fields = new ScriptArray();
        foreach (var field in values.Type.OwnFields)
        {
            fields.Add(new ScriptObject
            {
                ["key"] = field.Key,
                ["kind"] = Schema.FieldKinds.NameOf(field.Kind),
                ["description"] = field.Description,
                ["hint"] = Schema.FieldKinds.Hint(field.Kind),
                ["example"] = Schema.FieldKinds.Example(field.Kind),
            });
        }
        var features = new ScriptObject();
        foreach (var feature in values.Type.Features) features[feature.Name] = true;
        var tags = new ScriptArray();
        foreach (var tag in values.Tags) tags.Add(new ScriptObject { ["name"] = tag.Name, ["description"] = tag.Description });
        var globals = new ScriptObject
        {
            ["title"] = values.Title,
            ["slug"] = values.Slug,
            ["date"] = values.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["type"] = values.Type.Name,
            ["section"] = values.Type.Section,
            ["schema"] = $"../../{SchemaFilesWriter.DefaultFolder}/{Schema.JsonSchemaWriter.FileName(values.Type)}",
            ["type_name"] = values.Type.SingularTitle,
            ["fields"] = fields,
            ["features"] = features,
            ["tags"] = tags,
            ["opt"] = optional,
        };
        globals.Import("yaml", new Func<string, string>(text => JsonSerializer.Serialize(text, YamlString)));
        return globals;
    }
}
