using System.Reflection;
using System.Text.Json;
using ResourceGen.Search;

namespace ResourceGen.Tests.Search;

/// <summary>
/// The spec compat.js reads: the language, fields, documents, document boosts and queries. Documents keep JavaScript's
/// distinction between a missing field and <c>null</c> so that spec.json says exactly what the C# side indexed.
/// </summary>
internal sealed class LunrCompatSpec
{
    /// <summary>The language whose pipeline both indexes use (lunr.es for <see cref="LunrLanguage.Es"/>).</summary>
    public LunrLanguage Language { get; set; } = LunrLanguage.En;

    /// <summary>The fields with their boosts.</summary>
    public List<LunrField> Fields { get; } = [];

    /// <summary>The documents: ref, then each present field with a string, a list (of strings or nulls) or null.</summary>
    public List<(string Ref, List<(string Field, object? Value)> Values)> Documents { get; } = [];

    /// <summary>Document boosts by ref.</summary>
    public Dictionary<string, double> DocBoosts { get; } = new(StringComparer.Ordinal);

    /// <summary>The queries compat.js runs against both indexes.</summary>
    public List<string> Queries { get; } = [];

    /// <summary>Reads a spec file such as <c>spec-edge-cases.json</c>.</summary>
    public static LunrCompatSpec Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var refField = root.GetProperty("ref").GetString()!;
        var spec = new LunrCompatSpec();
        if (root.TryGetProperty("language", out var language)) spec.Language = LanguageWithCode(language.GetString()!);
        foreach (var field in root.GetProperty("fields").EnumerateArray())
        {
            var boost = field.TryGetProperty("boost", out var b) ? b.GetDouble() : 1;
            spec.Fields.Add(new LunrField(field.GetProperty("name").GetString()!, boost));
        }
        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            var values = new List<(string, object?)>();
            foreach (var property in document.EnumerateObject())
            {
                if (property.Name == refField) continue;
                values.Add((property.Name, property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Array => property.Value.EnumerateArray().Select(e => e.GetString()).ToArray(),
                    JsonValueKind.Null => null,
                    _ => throw new InvalidDataException($"{property.Name}: only strings, arrays and null are supported"),
                }));
            }
            spec.Documents.Add((document.GetProperty(refField).GetString()!, values));
        }
        foreach (var boost in root.GetProperty("docBoosts").EnumerateObject()) spec.DocBoosts[boost.Name] = boost.Value.GetDouble();
        spec.Queries.AddRange(root.GetProperty("queries").EnumerateArray().Select(q => q.GetString()!));
        return spec;
    }

    /// <summary>Builds the index with <see cref="LunrIndexBuilder"/>.</summary>
    public LunrIndex BuildIndex()
    {
        var builder = new LunrIndexBuilder(Language);
        foreach (var field in Fields) builder.Field(field.Name, field.Boost);
        foreach (var (docRef, values) in Documents)
        {
            var fieldValues = Fields.Select(f => values.FindIndex(v => v.Field == f.Name) is var i and >= 0 ? ToValue(values[i].Value) : LunrFieldValue.Missing);
            builder.Add(docRef, fieldValues.ToList(), DocBoosts.GetValueOrDefault(docRef, 1));
        }
        return builder.Build();
    }

    /// <summary>The spec as JSON, written with the same escaping as the index so that every string survives exactly.</summary>
    public byte[] ToJson()
    {
        var json = new LunrJsonWriter();
        json.Raw("{\"ref\":\"id\",\"language\":"u8);
        json.String(Language.Code);
        json.Raw(",\"fields\":["u8);
        for (var i = 0; i < Fields.Count; i++)
        {
            json.Raw(i > 0 ? ",{\"name\":"u8 : "{\"name\":"u8);
            json.String(Fields[i].Name);
            json.Raw(",\"boost\":"u8);
            json.Number(Fields[i].Boost);
            json.Raw('}');
        }
        json.Raw("],\"docBoosts\":{"u8);
        var first = true;
        foreach (var (docRef, boost) in DocBoosts)
        {
            if (!first) json.Raw(',');
            first = false;
            json.String(docRef);
            json.Raw(':');
            json.Number(boost);
        }
        json.Raw("},\"documents\":["u8);
        for (var d = 0; d < Documents.Count; d++)
        {
            if (d > 0) json.Raw(",\n"u8);
            json.Raw("{\"id\":"u8);
            json.String(Documents[d].Ref);
            foreach (var (field, value) in Documents[d].Values)
            {
                json.Raw(',');
                json.String(field);
                json.Raw(':');
                WriteValue(json, value);
            }
            json.Raw('}');
        }
        json.Raw("],\"queries\":["u8);
        for (var q = 0; q < Queries.Count; q++)
        {
            if (q > 0) json.Raw(',');
            json.String(Queries[q]);
        }
        json.Raw("]}"u8);
        return json.ToArray();
    }

    // Every language LunrLanguage declares, so that a new language needs no change here.
    private static LunrLanguage LanguageWithCode(string code) =>
        typeof(LunrLanguage).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(LunrLanguage))
            .Select(p => (LunrLanguage)p.GetValue(null)!)
            .SingleOrDefault(l => l.Code == code) ?? throw new InvalidDataException($"no LunrLanguage has the code '{code}'");

    private static LunrFieldValue ToValue(object? value) => value switch
    {
        string text => text,
        string?[] items => items,
        _ => LunrFieldValue.Missing,
    };

    private static void WriteValue(LunrJsonWriter json, object? value)
    {
        switch (value)
        {
            case string text:
                json.String(text);
                break;
            case string?[] items:
                json.Raw('[');
                for (var i = 0; i < items.Length; i++)
                {
                    if (i > 0) json.Raw(',');
                    if (items[i] is { } item) json.String(item);
                    else json.Raw("null"u8);
                }
                json.Raw(']');
                break;
            default:
                json.Raw("null"u8);
                break;
        }
    }
}
