using ResourceGen.SiteFile;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Engine;
using ResourceGen.Markdown;
using ResourceGen.Templating;

namespace ResourceGen.Pipeline;

/// <summary>
/// The build as queries over <see cref="SiteInputs"/>: settings, templates and each content file, read and
/// checked; then the model; then the outputs and their checks. Each query calls the stage that makes its value
/// and records what it read, so a later revision computes again only what an input change reaches. A full build
/// asks them all of an empty store; a live rebuild asks again after setting the changed files.
/// </summary>
internal sealed partial class SiteQueries
{
    private readonly SiteInputs _inputs;
    private readonly SiteOptions _options;

    /// <summary>Defines the queries over <paramref name="inputs"/>.</summary>
    public SiteQueries(QueryStore store, SiteInputs inputs, SiteOptions options)
    {
        (_inputs, _options) = (inputs, options);
        Config = Define<SiteConfig?>(store, ReadConfig, ValueComparers.Reference<SiteConfig?>());
        Templates = Define(store, ParseTemplates, ValueComparers.Reference<TemplateSet>());
        Strings = Define(store, ReadStrings, ValueComparers.Reference<ThemeStrings>());
        ThemeFiles = Define<IReadOnlyDictionary<string, byte[]>>(store, ReadThemeFiles, ValueComparers.By<IReadOnlyDictionary<string, byte[]>>(SameFiles));
        Content = Define(store, (c, _) => ContentDiscovery.Classify(c.Read(_inputs.Listings[ContentDiscovery.ContentFolder])), EqualityComparer<DiscoveredContent>.Default);
        Item = Define<string, ContentItem?>(store, LoadItem, ValueComparers.Reference<ContentItem?>());
        Address = Define<string, PageAddress?>(store, (c, path) => c.Get(Item, path) is { } item ? PageAddress.Of(item) : null, EqualityComparer<PageAddress?>.Default);
        Published = Define<IReadOnlyList<string>>(store, PublishedPaths, ValueComparers.Sequence<string>());
        TranslationGroups = Define(store, FindTranslations, ValueComparers.By<Translations>(Translations.Same));
        Targets = Define(store, FindTargets, ValueComparers.By<LinkTargets>(SameTargets));
        Answer = Define<string, LinkAnswer>(store, (c, path) => LinkAnswer.Of(c.Get(Targets, default), path), EqualityComparer<LinkAnswer>.Default);
        Markdown = Define(store, (c, _) => new MarkdownRenderer(c.Get(Config, default)?.Markdown ?? new MarkdownSettings()), ValueComparers.Reference<MarkdownRenderer>());
        Body = Define<string, RenderedBody?>(store, RenderBody, ValueComparers.Reference<RenderedBody?>());
        _targetsUntracked = () => Targets.Get(default, default);
        DefineModel(store);
        DefineOutputs(store);
    }

    private readonly Func<LinkTargets> _targetsUntracked;

    /// <summary><c>site.yml</c>, parsed and checked; null when it is missing or has errors.</summary>
    public Query<NoArgument, NoArgument, SiteConfig?> Config { get; }

    /// <summary>The templates under <c>templates/</c>, parsed.</summary>
    public Query<NoArgument, NoArgument, TemplateSet> Templates { get; }

    /// <summary>The theme's fixed texts in each language, from <c>templates/i18n/</c>.</summary>
    public Query<NoArgument, NoArgument, ThemeStrings> Strings { get; }

    /// <summary>The files under <c>templates/assets/</c>, by path there.</summary>
    public Query<NoArgument, NoArgument, IReadOnlyDictionary<string, byte[]>> ThemeFiles { get; }

    /// <summary>The content files: pages and resources.</summary>
    public Query<NoArgument, NoArgument, DiscoveredContent> Content { get; }

    /// <summary>A content file's checked front matter and body, by path; null when it has errors.</summary>
    public Query<string, NoArgument, ContentItem?> Item { get; }

    /// <summary>Where a content file is published, by path; null when it has errors.</summary>
    public Query<string, NoArgument, PageAddress?> Address { get; }

    /// <summary>The paths of the pages that are built, in file order (drafts only with <c>--drafts</c>).</summary>
    public Query<NoArgument, NoArgument, IReadOnlyList<string>> Published { get; }

    /// <summary>Which published pages are translations of one another.</summary>
    public Query<NoArgument, NoArgument, Translations> TranslationGroups { get; }

    /// <summary>What a link in a body may point to.</summary>
    public Query<NoArgument, NoArgument, LinkTargets> Targets { get; }

    /// <summary>What <see cref="Targets"/> says of one path: all a body that links there depends on.</summary>
    public Query<string, NoArgument, LinkAnswer> Answer { get; }

    /// <summary>The Markdown renderer for the site's settings.</summary>
    public Query<NoArgument, NoArgument, MarkdownRenderer> Markdown { get; }

    /// <summary>A page's rendered body, with the links to check once every output exists, by path; null without settings.</summary>
    public Query<string, NoArgument, RenderedBody?> Body { get; }

    // Content and model values are brought up to date as soon as a file changes; outputs when they are next asked.
    private static Query<NoArgument, NoArgument, T> Define<T>(QueryStore store, Func<QueryContext, NoArgument, T> compute, IEqualityComparer<T> values, bool eager = true) =>
        new(store, (context, key, _) => compute(context, key), values, eager: eager);

    private static Query<TKey, NoArgument, T> Define<TKey, T>(QueryStore store, Func<QueryContext, TKey, T> compute, IEqualityComparer<T> values, bool eager = true) where TKey : notnull =>
        new(store, (context, key, _) => compute(context, key), values, eager: eager);

    private SiteConfig? ReadConfig(QueryContext context, NoArgument _) =>
        SiteConfigLoader.Read(context.Read(_inputs.Files[SiteConfig.FileName]), _options.SiteRoot, _options.BaseUrl, context.Diagnostics);

    private TemplateSet ParseTemplates(QueryContext context, NoArgument _)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in context.Read(_inputs.Listings[TemplateSet.Folder]))
        {
            var name = path[(TemplateSet.Folder.Length + 1)..];
            if (TemplateSet.IsTemplate(name) && context.Read(_inputs.Files[path]) is { } bytes) sources[name] = TemplateSet.Text(bytes);
        }
        return TemplateSet.Parse(sources, context.Diagnostics);
    }

    private ThemeStrings ReadStrings(QueryContext context, NoArgument _)
    {
        var prefix = TemplateSet.Folder + "/" + ThemeStrings.Folder + "/";
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in context.Read(_inputs.Listings[TemplateSet.Folder]).Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            if (context.Read(_inputs.Files[path]) is { } bytes) files[path[prefix.Length..^".yml".Length]] = TemplateSet.Text(bytes);
        }
        var config = context.Get(Config, default);
        return ThemeStrings.Read(files, config?.Language ?? "en", context.Diagnostics, [.. config?.Languages.Skip(1).Select(l => l.Code) ?? []]);
    }

    private IReadOnlyDictionary<string, byte[]> ReadThemeFiles(QueryContext context, NoArgument _)
    {
        var prefix = TemplateSet.Folder + "/" + AssetCatalog.Folder + "/";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in context.Read(_inputs.Listings[TemplateSet.Folder]).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (context.Read(_inputs.Files[path]) is { } bytes) files[path[prefix.Length..]] = bytes;
        }
        return files;
    }

    private static bool SameFiles(IReadOnlyDictionary<string, byte[]> a, IReadOnlyDictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var bytes) && ValueComparers.Bytes.Equals(pair.Value, bytes));

    private ContentItem? LoadItem(QueryContext context, string path)
    {
        if (context.Get(Config, default) is not { } config || context.Read(_inputs.Files[path]) is not { } bytes) return null;
        if (bytes.Length > config.MaxFileSize)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileTooLarge, path, 1, 1,
                $"the file is {bytes.Length / 1024} KiB, over the limit of {config.MaxFileSize / 1024} KiB; split it into smaller pages or raise max_file_size in site.yml");
            return null;
        }
        var item = ContentLoader.Load(path, bytes, context.Diagnostics, config.Schema, config.Limits.FrontMatter, config.Languages);
        return item is null || !_options.GitDates ? item : GitDates.Apply(item, context.Read(_inputs.GitHistory).Dates);
    }

    private IReadOnlyList<string> PublishedPaths(QueryContext context, NoArgument _)
    {
        if (_options.GitDates) context.Diagnostics.AddRange(context.Read(_inputs.GitHistory).Warnings);
        var pages = context.Get(Content, default).Pages;
        var addresses = context.GetAll(Address, pages);
        return [.. pages.Where((_, i) => addresses[i] is { } address && (_options.Drafts || !address.Draft))];
    }

    private LinkTargets FindTargets(QueryContext context, NoArgument _)
    {
        var content = context.Get(Content, default);
        var addresses = context.GetAll(Address, content.Pages);
        var published = addresses.OfType<PageAddress>().Where(a => _options.Drafts || !a.Draft).ToList();
        var translations = context.Get(TranslationGroups, default);
        var languages = published.ToDictionary(a => a.SourcePath, a => a.Language, StringComparer.Ordinal);
        return new LinkTargets(
            UrlMap.Build(published, context.Diagnostics),
            addresses.OfType<PageAddress>().Where(a => !_options.Drafts && a.Draft).Select(a => a.SourcePath).ToHashSet(StringComparer.Ordinal),
            content.Pages.Where((_, i) => addresses[i] is null).ToHashSet(StringComparer.Ordinal),
            content.Resources.ToHashSet(StringComparer.Ordinal))
        {
            Translated = published.Where(a => translations.Of(a.SourcePath).Count > 1).ToDictionary(a => a.SourcePath,
                a => (IReadOnlyDictionary<string, string>)translations.Of(a.SourcePath).ToDictionary(p => languages[p], StringComparer.Ordinal), StringComparer.Ordinal),
        };
    }

    private Translations FindTranslations(QueryContext context, NoArgument _)
    {
        if (context.Get(Config, default) is not { } config) return Translations.None;
        var addresses = context.GetAll(Address, context.Get(Content, default).Pages);
        var published = addresses.OfType<PageAddress>().Where(a => _options.Drafts || !a.Draft).ToList();
        return Translations.Find(published, [.. config.Languages.Select(l => l.Code)], context.Diagnostics);
    }

    private static bool SameTargets(LinkTargets a, LinkTargets b) =>
        a.PageUrls.Count == b.PageUrls.Count && a.PageUrls.All(pair => b.PageUrls.TryGetValue(pair.Key, out var url) && url == pair.Value)
        && a.Drafts.SetEquals(b.Drafts) && a.Unreadable.SetEquals(b.Unreadable) && a.Resources.SetEquals(b.Resources)
        && a.Translated.Count == b.Translated.Count && a.Translated.All(pair => b.Translated.TryGetValue(pair.Key, out var other) && SameLanguages(pair.Value, other));

    private static bool SameLanguages(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var path) && path == pair.Value);

    // A body depends on the link targets only through what it looked up, so it reads those answers, not the whole.
    // It is the file's last reader: a one-off build need not hold every page's Markdown to its end.
    private RenderedBody? RenderBody(QueryContext context, string path)
    {
        if (context.Get(Config, default) is not { } config || context.Get(Item, path) is not { } item || context.ReadOnce(_inputs.Files[path]) is not { } bytes) return null;
        var links = new ContentLinkResolver(config, _targetsUntracked(), context.Diagnostics, config.Multilingual ? item.Language.Code : null);
        var content = context.Get(Markdown, default).Render(path, ContentLoader.BodyOf(item, bytes), item.BodyFirstLine, links, context.Diagnostics);
        foreach (var consulted in links.Consulted) context.Get(Answer, consulted);
        return new RenderedBody(content, [.. links.Pending], links.Consulted);
    }
}

/// <summary>What the link targets say of one path.</summary>
/// <param name="Url">The page's site path, when it is a published page.</param>
/// <param name="Draft">True for a draft left out of the build.</param>
/// <param name="Unreadable">True for a file with errors.</param>
/// <param name="Resource">True for a file other than Markdown under <c>content/</c>.</param>
/// <param name="Translations">Its translations, as <c>code=path</c> pairs, when it has some.</param>
internal readonly record struct LinkAnswer(string? Url, bool Draft, bool Unreadable, bool Resource, string? Translations)
{
    /// <summary>The answer of <paramref name="targets"/> for <paramref name="path"/>.</summary>
    public static LinkAnswer Of(LinkTargets targets, string path) => new(
        targets.PageUrls.GetValueOrDefault(path), targets.Drafts.Contains(path), targets.Unreadable.Contains(path), targets.Resources.Contains(path),
        targets.Translated.TryGetValue(path, out var byLanguage) ? string.Join(';', byLanguage.Select(p => $"{p.Key}={p.Value}")) : null);
}
