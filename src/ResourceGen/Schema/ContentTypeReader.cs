using System.Globalization;
using System.Text.RegularExpressions;
using ResourceGen.Diagnostics;
using ResourceGen.Text;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>
/// Reads type definitions (<c>types:</c> in site.yml, or the built-in ones) into <see cref="ContentTypeDefinition"/>s,
/// reporting every problem at its line and column with the closest known name.
/// </summary>
/// <param name="file">The file the definitions are in, for messages.</param>
/// <param name="diagnostics">Where problems go.</param>
internal sealed partial class ContentTypeReader(string file, DiagnosticBag diagnostics)
{
    private static readonly string[] TypeKeys = ["folder", "name", "title", "fields", "features"];
    private static readonly string[] FieldKeys = ["kind", "required", "min", "max", "values", "description"];

    // The page kinds the theme already tells apart, and the site paths the build already writes.
    private static readonly string[] ReservedNames = ["home", "section", "tags", "tag", "audience", "search", "404"];
    private static readonly string[] ReservedFolders = ["tags", "audience", "search", "assets"];

    /// <summary>True once a definition had an error.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reads every definition of <paramref name="types"/>; <paramref name="existing"/> are the types already defined (the built-in ones).</summary>
    public IReadOnlyList<ContentTypeDefinition> Read(YamlNode types, IReadOnlyList<ContentTypeDefinition> existing)
    {
        if (types is not YamlMappingNode mapping)
        {
            Error(types, "'types' must be a set of 'name: definition' entries, e.g. 'handout:' followed by its folder, name and title");
            return [];
        }
        var result = new List<ContentTypeDefinition>();
        foreach (var (nameNode, body) in mapping.Children)
        {
            var name = (nameNode as YamlScalarNode)?.Value ?? "";
            if (!NamePattern().IsMatch(name)) Error(nameNode, $"type name '{name}' must be lowercase letters, digits and '_', starting with a letter, e.g. 'handout'");
            else if (existing.Concat(result).Any(t => t.Name == name)) Error(nameNode, $"'types.{name}' is already a content type; choose another name");
            else if (ReservedNames.Contains(name)) Error(nameNode, $"'types.{name}' names a kind of page the theme already has; choose another name");
            else if (ReadType(name, body, [.. existing, .. result]) is { } type) result.Add(type);
        }
        return result;
    }

    private ContentTypeDefinition? ReadType(string name, YamlNode body, IReadOnlyList<ContentTypeDefinition> others)
    {
        if (body is not YamlMappingNode type)
        {
            Error(body, $"'types.{name}' must be a set of 'key: value' lines: folder, name, title, and optionally fields and features");
            return null;
        }
        WarnUnknown(type, $"types.{name}.", TypeKeys);
        var errorsBefore = HasErrors;
        HasErrors = false;
        var folder = Text(type, name, "folder");
        if (folder is not null && !Slugifier.IsValid(folder)) Error(type.Children[new YamlScalarNode("folder")], $"'types.{name}.folder' may only hold lowercase letters, digits and '-', e.g. 'handouts'");
        else if (folder is not null && (ReservedFolders.Contains(folder) || others.Any(t => t.Folder == folder)))
            Error(type.Children[new YamlScalarNode("folder")], $"'types.{name}.folder' '{folder}' is already used by the site; choose another folder");
        var singular = Text(type, name, "name");
        var plural = Text(type, name, "title");
        var fields = type.Children.TryGetValue(new YamlScalarNode("fields"), out var fieldsNode) && !YamlValue.IsNull(fieldsNode) ? ReadFields(name, fieldsNode) : [];
        var features = type.Children.TryGetValue(new YamlScalarNode("features"), out var featuresNode) && !YamlValue.IsNull(featuresNode) ? ReadFeatures(name, featuresNode) : [];
        foreach (var feature in features)
        {
            if (feature.Unusable(fields) is { } reason) Error(featuresNode!, $"'types.{name}.features': '{feature.Name}' {reason}");
        }
        var failed = HasErrors;
        HasErrors |= errorsBefore;
        return failed || folder is null || singular is null || plural is null ? null : new ContentTypeDefinition(name, folder, singular, plural, fields, features);
    }

    private string? Text(YamlMappingNode type, string name, string key)
    {
        if (!type.Children.TryGetValue(new YamlScalarNode(key), out var node) || YamlValue.IsNull(node))
        {
            Error(type, $"'types.{name}' needs '{key}'{(key == "folder" ? " (the folder under content/, e.g. 'handouts')" : key == "name" ? " (singular, e.g. 'Handout')" : " (plural, for the list page, e.g. 'Handouts')")}");
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && text.Trim().Length > 0) return text.Trim();
        Error(node, $"'types.{name}.{key}' must be text");
        return null;
    }

    private List<FieldDefinition> ReadFields(string typeName, YamlNode node)
    {
        var fields = new List<FieldDefinition>();
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"'types.{typeName}.fields' must be a set of 'key: {{ kind: ... }}' lines");
            return fields;
        }
        foreach (var (keyNode, body) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var where = $"types.{typeName}.fields.{key}";
            if (!NamePattern().IsMatch(key)) Error(keyNode, $"field '{key}' of types.{typeName} must be lowercase letters, digits and '_', starting with a letter, so templates can read it as page.fields.{key}");
            else if (body is not YamlMappingNode field) Error(body, $"'{where}' must be a set of 'key: value' lines, e.g. {{ kind: text }}");
            else if (ReadField(key, where, field) is { } definition) fields.Add(definition);
        }
        return fields;
    }

    private FieldDefinition? ReadField(string key, string where, YamlMappingNode field)
    {
        WarnUnknown(field, where + ".", FieldKeys);
        var required = Boolean(field, where, "required") ?? false;
        var description = field.Children.TryGetValue(new YamlScalarNode("description"), out var d) && d is YamlScalarNode { Value: { } text } ? text : null;
        var kindNode = field.Children.TryGetValue(new YamlScalarNode("kind"), out var k) && !YamlValue.IsNull(k) ? k : null;
        var kindName = (kindNode as YamlScalarNode)?.Value;
        if (CommonFields.IsCommon(key))
        {
            var common = CommonFields.For([]).First(f => f.Key == key);
            var changed = field.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(n => n.Value is "min" or "max" or "values");
            if (changed is not null || (kindNode is not null && kindName != FieldKinds.NameOf(common.Kind)))
            {
                Error(changed ?? kindNode!, $"'{key}' is a key every type has ({FieldKinds.NameOf(common.Kind)}); a type can only make it required and describe it");
                return null;
            }
            return new FieldDefinition(key, null, required, description);
        }
        if (kindNode is null)
        {
            Error(field, $"'{where}' needs 'kind': one of {string.Join(", ", FieldKinds.Names)}");
            return null;
        }
        if (kindName is null || !FieldKinds.Names.Contains(kindName))
        {
            Error(kindNode, $"'{where}.kind' '{kindName}' is not a field kind; use one of {string.Join(", ", FieldKinds.Names)}{SpellingSuggester.Hint(kindName ?? "", FieldKinds.Names)}");
            return null;
        }
        foreach (var extra in field.Children.Keys.OfType<YamlScalarNode>().Where(n => (n.Value is "min" or "max" && kindName != "integer") || (n.Value == "values" && kindName != "choice")))
            Error(extra, $"'{where}.{extra.Value}' is only for {(extra.Value == "values" ? "choice" : "integer")} fields");
        FieldKind? kind = kindName switch
        {
            "text" => new TextField(),
            "list" => new TextListField(),
            "integer" => Integer(field, where),
            "boolean" => new BooleanField(),
            "date" => new DateField(),
            "choice" => Choice(field, where),
            _ => new AgeRangeField(),
        };
        return kind is null ? null : new FieldDefinition(key, kind, required, description);
    }

    private IntegerField? Integer(YamlMappingNode field, string where)
    {
        var (min, max) = (Number(field, where, "min"), Number(field, where, "max"));
        if (min is { } low && max is { } high && low > high)
        {
            Error(field.Children[new YamlScalarNode("max")], $"'{where}.max' ({high}) is smaller than min ({low})");
            return null;
        }
        return new IntegerField(min, max);
    }

    private ChoiceField? Choice(YamlMappingNode field, string where)
    {
        if (field.Children.TryGetValue(new YamlScalarNode("values"), out var node) && node is YamlSequenceNode list
            && list.Children.Count > 0 && list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
            return new ChoiceField([.. list.Children.Select(c => ((YamlScalarNode)c).Value!).Distinct(StringComparer.Ordinal)]);
        Error(node ?? field, $"'{where}' needs 'values', the list of values allowed, e.g. values: [pdf, print, web]");
        return null;
    }

    private List<TypeFeature> ReadFeatures(string typeName, YamlNode node)
    {
        var names = TypeFeatures.All.Select(f => f.Name).ToList();
        var items = node is YamlSequenceNode list ? list.Children.ToList() : [node];
        var features = new List<TypeFeature>();
        foreach (var item in items)
        {
            var name = (item as YamlScalarNode)?.Value ?? "";
            if (TypeFeatures.ByName(name) is { } feature) { if (!features.Contains(feature)) features.Add(feature); }
            else Error(item, $"'types.{typeName}.features' names '{name}', which is not a feature; use {string.Join(", ", names)}{SpellingSuggester.Hint(name, names)}");
        }
        return features;
    }

    private bool? Boolean(YamlMappingNode field, string where, string key)
    {
        if (!field.Children.TryGetValue(new YamlScalarNode(key), out var node) || YamlValue.IsNull(node)) return null;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Error(node, $"'{where}.{key}' must be true or false");
        return null;
    }

    private int? Number(YamlMappingNode field, string where, string key)
    {
        if (!field.Children.TryGetValue(new YamlScalarNode(key), out var node) || YamlValue.IsNull(node)) return null;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        Error(node, $"'{where}.{key}' must be a whole number");
        return null;
    }

    private void WarnUnknown(YamlMappingNode mapping, string prefix, string[] known)
    {
        foreach (var keyNode in mapping.Children.Keys.OfType<YamlScalarNode>().Where(n => !known.Contains(n.Value)))
            diagnostics.Warning(DiagnosticCodes.SiteConfigValue, file, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                $"unknown setting '{prefix}{keyNode.Value}'{SpellingSuggester.Hint(keyNode.Value ?? "", known)}; it is ignored");
    }

    private void Error(YamlNode node, string message)
    {
        HasErrors = true;
        diagnostics.Error(DiagnosticCodes.SiteConfigValue, file, (int)node.Start.Line, (int)node.Start.Column, message);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
