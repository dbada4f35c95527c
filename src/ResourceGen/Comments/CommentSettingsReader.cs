using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Comments;

/// <summary>
/// Reads the <c>comments:</c> section of <c>site.yml</c>: <c>provider</c>, <c>consent</c>, per-type defaults under
/// <c>types</c>, and the chosen provider's own block (<c>giscus: {repo: ..., ...}</c>), which the provider checks.
/// </summary>
internal static class CommentSettingsReader
{
    private static readonly string[] OwnKeys = ["provider", "consent", "types"];

    public static CommentSettings Read(YamlMappingNode? section, ContentTypes contentTypes, string language, DiagnosticBag diagnostics, ref bool failed)
    {
        if (section is null) return new CommentSettings();
        var reader = new SettingReader(section, diagnostics, "comments.", DiagnosticCodes.CommentSettings);
        var names = CommentProviders.All.Select(p => p.Name).ToList();
        WarnAboutUnknownKeys(section, [.. OwnKeys, .. names], diagnostics);

        var name = reader.String("provider") ?? "none";
        var provider = CommentProviders.ByName(name);
        if (provider is null)
            reader.Report("provider", section.Children[new YamlScalarNode("provider")],
                $"'{name}' is not a comment provider; use one of {string.Join(", ", names)}{SpellingSuggester.Hint(name, names)}");

        var settings = new CommentSettings
        {
            Consent = reader.Boolean("consent") ?? true,
            Types = ReadTypes(reader.Mapping("types"), contentTypes, diagnostics, ref failed),
            Service = provider is null ? null : Configure(provider, section, reader, language, diagnostics, ref failed),
        };
        failed |= reader.HasErrors;
        return settings;
    }

    private static CommentService? Configure(CommentProvider provider, YamlMappingNode section, SettingReader reader, string language, DiagnosticBag diagnostics, ref bool failed)
    {
        var blockKey = section.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == provider.Name);
        var anchor = blockKey ?? (reader.Has("provider") ? section.Children[new YamlScalarNode("provider")] : section);
        var options = new CommentProviderOptions(provider.Name, reader.Mapping(provider.Name), anchor, language, diagnostics);
        options.WarnAboutUnknownKeys(provider.Keys);
        var service = provider.Configure(options);
        failed |= options.HasErrors;
        return options.HasErrors ? null : service;
    }

    private static Dictionary<string, bool> ReadTypes(YamlMappingNode? types, ContentTypes contentTypes, DiagnosticBag diagnostics, ref bool failed)
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (types is null) return result;
        var reader = new SettingReader(types, diagnostics, "comments.types.", DiagnosticCodes.CommentSettings);
        var typeNames = contentTypes.All.Select(t => t.Name).ToList();
        foreach (var (keyNode, _) in types.Children)
        {
            var typeName = (keyNode as YamlScalarNode)?.Value ?? "";
            if (contentTypes.ByName(typeName) is null)
                reader.Report(typeName, keyNode, $"is not a content type; use one of {string.Join(", ", typeNames)}{SpellingSuggester.Hint(typeName, typeNames)}");
            else if (reader.Boolean(typeName) is { } on)
                result[typeName] = on;
        }
        failed |= reader.HasErrors;
        return result;
    }

    private static void WarnAboutUnknownKeys(YamlMappingNode section, IReadOnlyList<string> known, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, _) in section.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && !known.Contains(name))
                diagnostics.Warning(DiagnosticCodes.CommentSettings, SiteConfig.FileName, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                    $"unknown setting 'comments.{name}'{SpellingSuggester.Hint(name, known)}; it is ignored");
        }
    }
}
