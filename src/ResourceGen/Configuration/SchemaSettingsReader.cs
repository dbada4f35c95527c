using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Configuration;

/// <summary>Reads the <c>schema:</c> section of <c>site.yml</c>, checking that it names real types and keys.</summary>
internal static class SchemaSettingsReader
{
    public static SchemaSettings Read(YamlMappingNode? section, ContentTypes types, DiagnosticBag diagnostics, ref bool failed)
    {
        if (section is null) return new SchemaSettings { Types = types };
        var reader = new SettingReader(section, diagnostics, "schema.");
        var required = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.Mapping("required") is { } byType)
        {
            var typeReader = new SettingReader(byType, diagnostics, "schema.required.");
            foreach (var (typeNode, _) in byType.Children)
            {
                if (typeNode is not YamlScalarNode { Value: { } typeName })
                {
                    typeReader.Report("", typeNode, "must be followed by a content type name such as 'article:'");
                    continue;
                }
                var type = types.ByName(typeName);
                if (type is null)
                {
                    typeReader.Report(typeName, typeNode, $"is not a content type; use one of {string.Join(", ", types.All.Select(t => t.Name))}{SpellingSuggester.Hint(typeName, types.All.Select(t => t.Name))}");
                    continue;
                }
                var keys = typeReader.StringList(typeName) ?? [];
                foreach (var key in keys.Where(k => type.Rule(k) is null))
                    typeReader.Report(typeName, byType.Children[typeNode], $"names '{key}', which {type.Title.ToLowerInvariant()} do not have{SpellingSuggester.Hint(key, type.Fields.Select(f => f.Key))}");
                required[typeName] = keys;
            }
        }
        var settings = new SchemaSettings
        {
            Types = types,
            Required = required,
            Keys = reader.StringList("keys") ?? [],
            Tags = ReadTags(reader.Mapping("tags"), reader),
        };
        failed |= reader.HasErrors;
        return settings;
    }

    private static Dictionary<string, TagDefinition>? ReadTags(YamlMappingNode? tags, SettingReader reader)
    {
        if (tags is null) return null;
        var vocabulary = new Dictionary<string, TagDefinition>(StringComparer.Ordinal);
        foreach (var (nameNode, descriptionNode) in tags.Children)
        {
            var name = (nameNode as YamlScalarNode)?.Value ?? "";
            var slug = Slugifier.Slugify(name);
            if (slug.Length == 0 || descriptionNode is not (YamlScalarNode or null))
            {
                reader.Report("tags", nameNode, $"entry '{name}' must be 'tag-name: description'");
                continue;
            }
            vocabulary[slug] = new TagDefinition(name, (descriptionNode as YamlScalarNode)?.Value ?? "");
        }
        return vocabulary;
    }
}
