using ResourceGen.Diagnostics;
using ResourceGen.Text;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A content file's type and checked front matter.</summary>
/// <param name="Type">The content type.</param>
/// <param name="FrontMatter">The checked values.</param>
internal sealed record ValidatedFrontMatter(ContentType Type, FrontMatter FrontMatter);

/// <summary>Checks a front-matter mapping against its content type's schema and builds a typed <see cref="FrontMatter"/>.</summary>
internal static class FrontMatterValidator
{
    /// <summary>Validates <paramref name="root"/>; returns null when any error was reported.</summary>
    /// <param name="root">The parsed front matter.</param>
    /// <param name="file">The file, relative to the site folder (<c>content/articles/a.md</c>).</param>
    /// <param name="lineOffset">Added to YAML line numbers to get file line numbers.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="settings">The site owner's schema additions from site.yml.</param>
    public static ValidatedFrontMatter? Validate(YamlMappingNode root, string file, int lineOffset, DiagnosticBag diagnostics, SchemaSettings? settings = null)
    {
        var local = new DiagnosticBag();
        var result = Validate(root, file, lineOffset, local, settings ?? new SchemaSettings(), out var failed);
        diagnostics.AddRange(local);
        return failed ? null : result;
    }

    private static ValidatedFrontMatter? Validate(YamlMappingNode root, string file, int lineOffset, DiagnosticBag diagnostics, SchemaSettings settings, out bool failed)
    {
        failed = true;
        var type = ResolveType(root, file, lineOffset, diagnostics, settings.Types);
        if (type is null) return null;

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            keyLines[key] = (int)keyNode.Start.Line + lineOffset;
            var rule = type.Rule(key);
            if (rule is null)
            {
                if (!settings.Keys.Contains(key)) WarnUnknownKey(key, keyNode, type, settings.Types, file, lineOffset, diagnostics);
                continue;
            }
            if (YamlValue.IsNull(valueNode)) continue;
            var problemsBefore = diagnostics.Count;
            if (rule.Kind.Read(valueNode, new FieldReadContext(file, key, lineOffset, diagnostics)) is { } value) values[key] = value;
            else if (diagnostics.Count > problemsBefore) invalid.Add(key);
        }

        var siteRequired = settings.Required.GetValueOrDefault(type.Name) ?? [];
        foreach (var rule in type.Fields.Where(r => (r.Required || siteRequired.Contains(r.Key)) && !values.ContainsKey(r.Key) && !invalid.Contains(r.Key)))
        {
            diagnostics.Error(DiagnosticCodes.RequiredKeyMissing, file, 1, 1,
                $"'{rule.Key}' is required for {type.Title.ToLowerInvariant()}{(rule.Required ? "" : " on this site (site.yml schema.required)")}; add a line '{rule.Key}: {Example(rule.Key)}' to the front matter");
        }
        if (settings.Tags is { } vocabulary && root.Children.TryGetValue(new YamlScalarNode("tags"), out var tagsNode))
            TagVocabularyCheck.Check(tagsNode, vocabulary, file, lineOffset, diagnostics);

        if ((values.ContainsKey("part") || invalid.Contains("part")) && !values.ContainsKey("series") && !invalid.Contains("series"))
        {
            diagnostics.Error(DiagnosticCodes.SeriesProblem, file, keyLines["part"], 1,
                "'part' is given without 'series'; add 'series: <name>' shared by all parts, or remove 'part'");
        }

        failed = diagnostics.HasErrors;
        return new ValidatedFrontMatter(type, Build(type, values, YamlValue.ToDictionary(root), keyLines));
    }

    private static ContentType? ResolveType(YamlMappingNode root, string file, int lineOffset, DiagnosticBag diagnostics, ContentTypes types)
    {
        if (root.Children.TryGetValue(new YamlScalarNode("type"), out var typeNode) && !YamlValue.IsNull(typeNode))
        {
            var context = new FieldReadContext(file, "type", lineOffset, diagnostics);
            return types.TypeField.Read(typeNode, context) is string name ? types.ByName(name) : null;
        }
        var segments = file.Split('/');
        var type = segments.Length > 2 ? types.BySection(segments[1]) : null;
        if (type is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownType, file, 1, 1,
                $"cannot tell the content type of this file; move it into content/{string.Join("/, content/", types.All.Select(t => t.Section))}/ or add 'type: {string.Join(" | ", types.All.Select(t => t.Name))}'");
        }
        return type;
    }

    private static void WarnUnknownKey(string key, YamlNode keyNode, ContentType type, ContentTypes types, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var owners = types.All.Where(t => t.Rule(key) is not null).Select(t => t.Title.ToLowerInvariant()).ToList();
        var message = owners.Count > 0
            ? $"'{key}' is only used by {string.Join(" and ", owners)}, not by {type.Title.ToLowerInvariant()}; it is kept for templates but has no effect here"
            : $"unknown key '{key}'{SpellingSuggester.Hint(key, type.Fields.Select(f => f.Key))}; it is kept for templates (list your own keys under schema.keys in site.yml to silence this)";
        diagnostics.Warning(DiagnosticCodes.UnknownKey, file, (int)keyNode.Start.Line + lineOffset, (int)keyNode.Start.Column, message);
    }

    private static string Example(string key) => key switch
    {
        "date" => "2026-03-14",
        "title" => "\"A clear title\"",
        _ => "...",
    };

    private static FrontMatter Build(ContentType type, Dictionary<string, object?> values, Dictionary<string, object?> raw, Dictionary<string, int> keyLines)
    {
        T? Get<T>(string key) => values.TryGetValue(key, out var value) && value is T typed ? typed : default;
        IReadOnlyList<string> List(string key) => Get<IReadOnlyList<string>>(key) ?? [];
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var rule in type.OwnFields)
        {
            if (values.TryGetValue(rule.Key, out var value)) fields[rule.Key] = value;
            else if (rule.Kind is TextListField) fields[rule.Key] = Array.Empty<string>();
        }
        return new FrontMatter
        {
            Title = Get<string>("title")!,
            Date = Get<DateOnly?>("date"),
            Updated = Get<DateOnly?>("updated"),
            Summary = Get<string>("summary"),
            Tags = List("tags"),
            Audience = List("audience"),
            Authors = List("authors"),
            Series = Get<string>("series"),
            Part = Get<int?>("part"),
            Draft = Get<bool?>("draft") ?? false,
            Comments = Get<bool?>("comments"),
            CommentsId = Get<string>("comments_id"),
            Slug = Get<string>("slug"),
            TranslationKey = Get<string>("translation_key"),
            Fields = fields,
            Params = raw,
            KeyLines = keyLines,
        };
    }
}
