using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Text;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Configuration;

/// <summary>
/// Reads the <c>languages:</c> map of <c>site.yml</c>: the languages other than the default, each with its
/// <c>name</c>, and optionally <c>dir</c>, <c>title</c>, <c>description</c>, <c>params</c> and <c>tags</c> (tag names).
/// </summary>
internal static class SiteLanguagesReader
{
    private static readonly string[] KnownKeys = ["name", "dir", "title", "description", "params", "tags"];

    /// <summary>The default language, then those of <paramref name="section"/> in file order.</summary>
    public static IReadOnlyList<SiteLanguage> Read(string defaultCode, YamlMappingNode? section, DiagnosticBag diagnostics, ref bool failed)
    {
        var languages = new List<SiteLanguage> { new(defaultCode, null, SiteLanguage.IsRightToLeft(defaultCode), "") };
        if (section is null) return languages;
        var reader = new SettingReader(section, diagnostics, "languages.");
        foreach (var (keyNode, valueNode) in section.Children)
        {
            var code = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!SiteLanguage.LooksLikeCode(code))
                reader.Report(code, keyNode, "is not a language code; write it in lowercase like es, ar or pt-br");
            else if (valueNode is not YamlMappingNode block)
                reader.Report(code, valueNode, $"must be a block such as '{code}: {{ name: ... }}'");
            else if (code == defaultCode)
                languages[0] = Read(code, "", block, diagnostics, required: false, ref failed);
            else
                languages.Add(Read(code, code + "/", block, diagnostics, required: true, ref failed));
        }
        failed |= reader.HasErrors;
        return languages;
    }

    private static SiteLanguage Read(string code, string prefix, YamlMappingNode block, DiagnosticBag diagnostics, bool required, ref bool failed)
    {
        var reader = new SettingReader(block, diagnostics, $"languages.{code}.");
        foreach (var (key, _) in block.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !KnownKeys.Contains(name))
                reader.Report(name, key, $"is not a language setting; use {string.Join(", ", KnownKeys)}{SpellingSuggester.Hint(name, KnownKeys)}");
        }
        var languageName = reader.String("name");
        if (languageName is null && required && !reader.Has("name"))
            reader.Report("name", block, $"is missing: give the language's name in itself, e.g. '{code}: {{ name: Español }}'");
        var dir = reader.String("dir");
        if (dir is not (null or "ltr" or "rtl")) reader.Report("dir", block, "must be ltr or rtl");
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.Mapping("tags") is { } tagBlock)
        {
            var tagReader = new SettingReader(tagBlock, diagnostics, $"languages.{code}.tags.");
            foreach (var (tagNode, _) in tagBlock.Children)
            {
                if (tagNode is YamlScalarNode { Value: { } tag } && tagReader.String(tag) is { } display) tags[tag] = display;
            }
            failed |= tagReader.HasErrors;
        }
        var parameters = reader.Mapping("params") is { } map ? YamlValue.ToDictionary(map) : new Dictionary<string, object?>();
        failed |= reader.HasErrors;
        return new SiteLanguage(code, languageName, dir is null ? SiteLanguage.IsRightToLeft(code) : dir == "rtl", prefix)
        {
            Title = reader.String("title"),
            Description = reader.String("description"),
            Params = parameters,
            TagNames = tags,
        };
    }
}
