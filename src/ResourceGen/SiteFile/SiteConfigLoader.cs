using ResourceGen.Comments;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Text;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.SiteFile;

/// <summary>
/// Reads <c>site.yml</c> into a <see cref="SiteConfig"/>, reporting problems with their line and column. It sits
/// above the layers whose sections it reads (settings, comments), so none of them depends on another through it.
/// </summary>
internal static class SiteConfigLoader
{
    private static readonly string[] KnownKeys = ["title", "description", "base_url", "language", "languages", "author", "feed_limit", "page_size", "max_file_size", "limits", "markdown", "search", "schema", "types", "comments", "params"];

    /// <summary>Reads and parses <c>site.yml</c> of <paramref name="siteRoot"/>; null when it is missing or has errors.</summary>
    /// <param name="siteRoot">The site folder.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="baseUrlOverride">A base URL from the command line that replaces the file's.</param>
    public static SiteConfig? Load(string siteRoot, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var path = Path.Combine(siteRoot, SiteConfig.FileName);
        return Read(File.Exists(path) ? File.ReadAllBytes(path) : null, siteRoot, baseUrlOverride, diagnostics);
    }

    /// <summary>Parses the bytes of <c>site.yml</c>; null when the file is missing (<paramref name="bytes"/> null) or has errors.</summary>
    /// <param name="bytes">The file's bytes, or null when there is no such file.</param>
    /// <param name="siteRoot">The site folder, named when the file is missing.</param>
    /// <param name="baseUrlOverride">A base URL from the command line that replaces the file's.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static SiteConfig? Read(byte[]? bytes, string siteRoot, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (bytes is null)
        {
            diagnostics.Error(DiagnosticCodes.SiteConfigMissing, "", 0, 0,
                $"no {SiteConfig.FileName} in {siteRoot}: run the command in the site folder or pass --source DIR; a site needs {SiteConfig.FileName} (with title and base_url), content/ and templates/, and 'resourcegen init DIR' creates one");
            return null;
        }
        var text = Content.SourceTextDecoder.Decode(bytes, SiteConfig.FileName, diagnostics, DiagnosticCodes.SiteConfigSyntax);
        return text is null ? null : Parse(text, baseUrlOverride, diagnostics);
    }

    /// <summary>Parses the text of <c>site.yml</c>; returns null when it has errors.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="baseUrlOverride">A base URL from the command line that replaces the file's.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static SiteConfig? Parse(string text, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var parsed = YamlDocumentParser.Parse(text);
        if (parsed.Root is null)
        {
            diagnostics.Error(parsed.OverLimit ? DiagnosticCodes.LimitExceeded : DiagnosticCodes.SiteConfigSyntax, SiteConfig.FileName, parsed.ErrorLine, parsed.ErrorColumn, parsed.ErrorMessage!);
            return null;
        }

        var reader = new SettingReader(parsed.Root, diagnostics);
        foreach (var (key, _) in parsed.Root.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !KnownKeys.Contains(name))
                diagnostics.Warning(DiagnosticCodes.SiteConfigValue, SiteConfig.FileName, (int)key.Start.Line, (int)key.Start.Column,
                    $"unknown setting '{name}'{SpellingSuggester.Hint(name, KnownKeys)}; put your own settings under 'params:'");
        }

        var title = reader.String("title");
        if (title is null && !reader.Has("title"))
            diagnostics.Error(DiagnosticCodes.SiteConfigValue, SiteConfig.FileName, 1, 1, "'title' is required: add a line like 'title: Home Practice Library'");
        var baseUrl = NormalizeBaseUrl(baseUrlOverride ?? reader.String("base_url") ?? "/", reader, diagnostics, baseUrlOverride is not null);
        var feedLimit = reader.Integer("feed_limit") ?? 20;
        var pageSize = reader.Integer("page_size") ?? SiteConfig.DefaultPageSize;
        var parameters = parsed.Root.Children.TryGetValue(new YamlScalarNode("params"), out var p) && p is YamlMappingNode map
            ? YamlValue.ToDictionary(map)
            : new Dictionary<string, object?>();

        var failed = false;
        var types = ContentTypes.WithSiteTypes(parsed.Root.Children.TryGetValue(new YamlScalarNode("types"), out var t) ? t : null, SiteConfig.FileName, diagnostics, ref failed);
        var schema = SchemaSettingsReader.Read(reader.Mapping("schema"), types, diagnostics, ref failed);
        var markdown = ReadMarkdown(reader.Mapping("markdown"), diagnostics, ref failed);
        var search = SearchSettingsReader.Read(reader.Mapping("search"), diagnostics, ref failed);
        var language = reader.String("language") ?? "en";
        var languages = SiteLanguagesReader.Read(language, reader.Mapping("languages"), diagnostics, ref failed);
        var comments = CommentSettingsReader.Read(reader.Mapping("comments"), types, language, diagnostics, ref failed);
        var maxFileSize = reader.Size("max_file_size") ?? SiteConfig.DefaultMaxFileSize;
        var limits = SiteLimitsReader.Read(reader.Mapping("limits"), diagnostics, ref failed);

        if (title is null || baseUrl is null || reader.HasErrors || failed) return null;
        return new SiteConfig
        {
            Title = title,
            Description = reader.String("description") ?? "",
            BaseUrl = baseUrl,
            Language = language,
            Languages = languages,
            Author = reader.String("author") ?? "",
            FeedLimit = feedLimit,
            PageSize = pageSize,
            Params = parameters,
            MaxFileSize = maxFileSize,
            Limits = limits,
            Markdown = markdown,
            Search = search,
            Schema = schema,
            Comments = comments,
        };
    }

    private static MarkdownSettings ReadMarkdown(YamlMappingNode? section, DiagnosticBag diagnostics, ref bool failed)
    {
        if (section is null) return new MarkdownSettings();
        var reader = new SettingReader(section, diagnostics, "markdown.");
        var settings = new MarkdownSettings
        {
            UnsafeHtml = reader.Boolean("unsafe_html") ?? false,
            IframeHosts = reader.StringList("iframe_hosts") ?? MarkdownSettings.DefaultIframeHosts,
        };
        failed |= reader.HasErrors;
        return settings;
    }

    private static string? NormalizeBaseUrl(string value, SettingReader reader, DiagnosticBag diagnostics, bool fromCommandLine)
    {
        // A bare path ("/" or "/library/") is allowed for local previews; it becomes an absolute URL on localhost.
        var candidate = value.StartsWith('/') ? "http://localhost" + value : value;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            var (line, column) = fromCommandLine ? (0, 0) : reader.Position("base_url");
            diagnostics.Error(DiagnosticCodes.SiteConfigValue, fromCommandLine ? "" : SiteConfig.FileName, line, column,
                $"base_url '{value}' is not an absolute http(s) URL; write it like https://example.org/ or https://user.github.io/library/");
            return null;
        }
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return $"{uri.Scheme}://{uri.Authority}{path}";
    }
}
