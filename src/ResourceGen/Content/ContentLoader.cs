using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Text;
using ResourceGen.Yaml;

namespace ResourceGen.Content;

/// <summary>Turns one content file into a <see cref="ContentItem"/>: decode, split front matter, parse YAML, validate.</summary>
internal static class ContentLoader
{
    /// <summary>Loads a file from its bytes; returns null after reporting why it cannot be used.</summary>
    public static ContentItem? Load(string relativePath, byte[] bytes, DiagnosticBag diagnostics, SchemaSettings? schema = null, FrontMatterLimits? limits = null, IReadOnlyList<SiteLanguage>? languages = null)
    {
        var text = SourceTextDecoder.Decode(bytes, relativePath, diagnostics);
        if (text is null) return null;
        return Load(relativePath, text, diagnostics, schema, limits, languages);
    }

    /// <summary>Loads a file from its text (LF line endings), checked against the content schema and the site's additions.</summary>
    /// <remarks><paramref name="languages"/> are the site's, the default first (English alone when null).</remarks>
    public static ContentItem? Load(string relativePath, string text, DiagnosticBag diagnostics, SchemaSettings? schema = null, FrontMatterLimits? limits = null, IReadOnlyList<SiteLanguage>? languages = null)
    {
        var split = FrontMatterSplitter.Split(text, relativePath, diagnostics);
        if (split is null) return null;

        limits ??= FrontMatterLimits.Default;
        if (split.Yaml.Length > limits.MaxSize)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, relativePath, 1, 1,
                $"the front matter is {split.Yaml.Length / 1024:N0} KiB, over the limit of {limits.MaxSize / 1024:N0} KiB; keep long text in the body below the closing '---', or raise limits.front_matter_size in site.yml");
            return null;
        }
        var lineOffset = split.YamlFirstLine - 1;
        var parsed = YamlDocumentParser.Parse(split.Yaml, limits.Yaml);
        if (parsed.Root is null)
        {
            diagnostics.Error(parsed.OverLimit ? DiagnosticCodes.LimitExceeded : DiagnosticCodes.FrontMatterSyntax, relativePath, parsed.ErrorLine + lineOffset, parsed.ErrorColumn, parsed.ErrorMessage!);
            return null;
        }

        var validated = FrontMatterValidator.Validate(parsed.Root, relativePath, lineOffset, diagnostics, schema);
        if (validated is null) return null;

        var (fileName, language) = FileLanguage(relativePath, languages ?? [SiteLanguage.Default], diagnostics);
        if (language is null) return null;
        var slug = validated.FrontMatter.Slug ?? Slugifier.Slugify(fileName);
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, relativePath, 1, 1,
                $"the file name '{fileName}' gives an empty URL; rename the file using letters or digits, or add 'slug: some-name'");
            return null;
        }
        var folder = relativePath[..(relativePath.LastIndexOf('/') + 1)];
        return new ContentItem(relativePath, validated.Type, validated.FrontMatter, split.BodyFirstLine, slug)
        {
            Language = language,
            TranslationKey = validated.FrontMatter.TranslationKey ?? folder + fileName,
        };
    }

    // A last dot-part that may be a language code (why.es.md) names the file's language; one the site lacks is an error.
    private static (string Name, SiteLanguage? Language) FileLanguage(string relativePath, IReadOnlyList<SiteLanguage> languages, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !SiteLanguage.LooksLikeCode(name[(dot + 1)..])) return (name, languages[0]);
        var code = name[(dot + 1)..];
        if (languages.FirstOrDefault(l => l.Code == code) is { } language) return (name[..dot], language);
        var known = string.Join(", ", languages.Select(l => l.Code));
        diagnostics.Error(DiagnosticCodes.UnknownLanguage, relativePath, 1, 1,
            $"the file name says the page is in '{code}', which is not one of the site's languages ({known}){SpellingSuggester.Hint(code, languages.Select(l => l.Code))}; add '{code}: {{ name: ... }}' under languages: in site.yml, or rename the file without '.{code}'");
        return (name, null);
    }

    /// <summary>The Markdown body of <paramref name="item"/>, from its file's bytes.</summary>
    public static string BodyOf(ContentItem item, byte[] bytes) => SourceTextDecoder.DecodeFrom(bytes, item.BodyFirstLine);
}
