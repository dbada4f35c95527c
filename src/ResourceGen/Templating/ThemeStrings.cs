using ResourceGen.Diagnostics;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Templating;

/// <summary>One fixed text of the theme: a single text, or one for a count of 1 and one for other counts.</summary>
/// <param name="Other">The text, or the text for counts other than 1.</param>
/// <param name="One">The text for a count of 1, when it differs.</param>
internal sealed record ThemeString(string Other, string? One = null)
{
    /// <summary>The text for <paramref name="count"/>.</summary>
    public string For(long? count) => count == 1 && One is not null ? One : Other;
}

/// <summary>
/// The theme's fixed texts ("Topics", "{0} min read") in each language, from <c>templates/i18n/&lt;code&gt;.yml</c>.
/// A text missing from a language's file is taken from the site's default language, with one warning per key.
/// The texts are HTML, as the templates they come from are.
/// </summary>
internal sealed class ThemeStrings
{
    /// <summary>The folder, under <c>templates/</c>, of the strings files.</summary>
    public const string Folder = "i18n";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, ThemeString>> _languages;
    private readonly string _defaultLanguage;

    private ThemeStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ThemeString>> languages, string defaultLanguage) =>
        (_languages, _defaultLanguage) = (languages, defaultLanguage);

    /// <summary>The file that holds <paramref name="language"/>'s texts, as diagnostics name it.</summary>
    public static string FileOf(string language) => $"{TemplateSet.Folder}/{Folder}/{language}.yml";

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="language"/> (or its base language: <c>en</c> for
    /// <c>en-GB</c>), else in the default language, else in English, which every theme of ResourceGen starts from;
    /// null when none has it.
    /// </summary>
    public ThemeString? Find(string language, string key)
    {
        foreach (var strings in Chain(language))
        {
            if (strings.TryGetValue(key, out var text)) return text;
        }
        return null;
    }

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>'s own file, without falling back; null when it has none.</summary>
    public string? Own(string language, string key) =>
        _languages.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text.Other : null;

    // Made once per language: templates ask for a text dozens of times on every page.
    private IReadOnlyList<IReadOnlyDictionary<string, ThemeString>> Chain(string language) =>
        _chains.GetOrAdd(language, code => [.. new[] { code, BaseOf(code), _defaultLanguage, BaseOf(_defaultLanguage), English }
            .Distinct(StringComparer.Ordinal).Select(c => _languages.GetValueOrDefault(c)).OfType<IReadOnlyDictionary<string, ThemeString>>()]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, ThemeString>>> _chains = new(StringComparer.Ordinal);

    private const string English = "en";

    private static string BaseOf(string language) => language.Split('-')[0];

    /// <summary>
    /// Reads each language's file (its YAML text by language code), reporting problems at their line, and the site's
    /// <paramref name="otherLanguages"/> the theme has no file for.
    /// </summary>
    public static ThemeStrings Read(IReadOnlyDictionary<string, string> files, string defaultLanguage, DiagnosticBag diagnostics, IReadOnlyList<string>? otherLanguages = null)
    {
        var languages = new Dictionary<string, IReadOnlyDictionary<string, ThemeString>>(StringComparer.Ordinal);
        foreach (var (language, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            languages[language] = ReadFile(FileOf(language), text, diagnostics);
        if (languages.Count > 0 && !languages.ContainsKey(defaultLanguage) && !languages.ContainsKey(BaseOf(defaultLanguage)))
            diagnostics.Warning(DiagnosticCodes.ThemeStringMissing, FileOf(defaultLanguage), 0, 0,
                $"the theme has no texts in '{defaultLanguage}', the site's language, so its pages show the English texts of {FileOf(English)}; add {FileOf(defaultLanguage)} with the same keys, translated");
        foreach (var language in (otherLanguages ?? []).Where(l => languages.Count > 0 && !languages.ContainsKey(l) && !languages.ContainsKey(BaseOf(l))))
            diagnostics.Warning(DiagnosticCodes.ThemeStringMissing, FileOf(language), 0, 0,
                $"the theme has no texts in '{language}', so its pages show the texts of {FileOf(defaultLanguage)}; add {FileOf(language)} with the same keys, translated");
        if (languages.TryGetValue(defaultLanguage, out var defaults))
        {
            foreach (var (language, strings) in languages.Where(l => l.Key != defaultLanguage))
            {
                foreach (var key in defaults.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal))
                    diagnostics.Warning(DiagnosticCodes.ThemeStringMissing, FileOf(language), 1, 1,
                        $"'{key}' is missing, so pages in '{language}' show the text of {FileOf(defaultLanguage)}; add '{key}:' with its translation");
            }
        }
        return new ThemeStrings(languages, defaultLanguage);
    }

    private static Dictionary<string, ThemeString> ReadFile(string file, string text, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, ThemeString>(StringComparer.Ordinal);
        var parsed = YamlDocumentParser.Parse(text);
        if (parsed.Root is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, file, parsed.ErrorLine, parsed.ErrorColumn, parsed.ErrorMessage!);
            return strings;
        }
        foreach (var (key, value) in parsed.Root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name }) continue;
            if (Read(value) is { } found) strings[name] = found;
            else
                diagnostics.Error(DiagnosticCodes.TemplateError, file, (int)value.Start.Line, (int)value.Start.Column,
                    $"'{name}' must be a text, or 'one:' and 'other:' texts for a count of one and for other counts");
        }
        return strings;
    }

    private static ThemeString? Read(YamlNode value) => value switch
    {
        YamlScalarNode { Value: { } text } => new ThemeString(text),
        YamlMappingNode forms when Form(forms, "other") is { } other && forms.Children.Count <= 2 => new ThemeString(other, Form(forms, "one")),
        _ => null,
    };

    private static string? Form(YamlMappingNode forms, string name) =>
        forms.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { } text } ? text : null;
}
