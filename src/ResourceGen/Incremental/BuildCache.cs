using ResourceGen.Content;
using ResourceGen.Configuration;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;
using ResourceGen.Templating;

namespace ResourceGen.Incremental;

/// <summary>
/// What one build leaves for the next, so a rebuild redoes only what a change affects: each file's front matter and
/// rendered body, the pages of the model, the templates and every rendered page with what it read. Pass the same cache
/// to <see cref="SiteBuilder.Build(BuildOptions, DiagnosticBag, BuildCache?)"/> each time; a change to
/// <c>site.yml</c> empties it. Not for concurrent builds.
/// </summary>
public sealed class BuildCache
{
    private byte[] _settings = [];
    private IReadOnlyDictionary<string, string> _templateSources = new Dictionary<string, string>();
    private (TemplateSet Set, DiagnosticBag Diagnostics)? _templates;
    private bool _open;
    private HashSet<string>? _changed;
    private (DiscoveredContent Content, HashSet<string> Paths)? _discovered;
    private MarkdownRenderer? _markdownRenderer;
    private bool _filesListed;

    internal SourceMemo Sources { get; private set; } = new();
    internal MarkdownMemo Markdown { get; private set; } = new();
    internal ModelMemo Model { get; private set; } = new();
    internal RenderMemo Renders { get; private set; } = new();
    internal DeferredOutputs Deferred { get; private set; } = new();
    internal SitemapMemo Sitemap { get; private set; } = new();
    internal LinkTargetsMemo LinkTargets { get; private set; } = new();
    internal LinkCheckMemo LinkChecks { get; private set; } = new();

    /// <summary>
    /// Hold back deferrable outputs (the search index) after the first build; <see cref="IncrementalSiteBuilder"/>
    /// makes them right after writing the pages.
    /// </summary>
    public bool DeferSlowOutputs { get; init; }

    /// <summary>How many pages the last build rendered rather than reused.</summary>
    public int PagesRendered => Renders.Rendered;

    /// <summary>
    /// Tells the next build what changed since the last one: exactly <paramref name="relativePaths"/> (as a file
    /// watcher reports them), so nothing else is checked; or, when null, anything, so every file's size and time is.
    /// </summary>
    public void Changed(IEnumerable<string>? relativePaths)
    {
        if (relativePaths is null)
        {
            _changed = null;
            return;
        }
        _changed ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in relativePaths.Select(p => p.Replace('\\', '/')))
        {
            _changed.Add(path);
            Sources.Forget(path);
        }
    }

    /// <summary>True when only the files given to <see cref="Changed"/> need checking.</summary>
    internal bool ChangesKnown => _changed is not null;

    /// <summary>Forgets files and pages that are gone, when <see cref="Discover"/> had to list the files again.</summary>
    internal void Retain(DiscoveredContent discovered, IReadOnlyList<ContentItem> published)
    {
        if (!_filesListed) return;
        Sources.Retain(discovered.Pages);
        Markdown.Retain(published);
        Model.Retain(published.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The Markdown renderer; <c>site.yml</c> holds its settings, so it lives as long as they do.</summary>
    internal MarkdownRenderer MarkdownRenderer(MarkdownSettings settings) => _markdownRenderer ??= new MarkdownRenderer(settings);

    /// <summary>The content files: last build's list when no reported change added or removed one.</summary>
    internal DiscoveredContent Discover(string siteRoot)
    {
        _filesListed = !(_changed is { } changed && _discovered is { } known && changed.All(path => IsKnownFile(siteRoot, path, known.Paths)));
        if (!_filesListed) return _discovered!.Value.Content;
        var content = ContentDiscovery.Discover(siteRoot);
        _discovered = (content, content.Pages.Concat(content.Resources).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal));
        return content;
    }

    private static bool IsKnownFile(string siteRoot, string path, HashSet<string> known) =>
        !path.StartsWith(ContentDiscovery.ContentFolder + "/", StringComparison.Ordinal) || (known.Contains(path) && File.Exists(Path.Combine(siteRoot, path)));

    /// <summary>Starts a build; after a build that crashed half-way, nothing it left is trusted.</summary>
    internal void Open()
    {
        if (_open) Reset();
        _open = true;
    }

    /// <summary>Ends a build that ran to the end, whether or not it found errors; the next one starts with no known change.</summary>
    internal void Close()
    {
        _open = false;
        _changed = [];
    }

    /// <summary>Starts a build with the bytes of <c>site.yml</c>: when they changed, everything is built again.</summary>
    internal void UseSettings(byte[] settings)
    {
        if (settings.AsSpan().SequenceEqual(_settings)) return;
        Reset();
        _settings = settings;
    }

    /// <summary>The parsed templates, parsed again only when a template file changed.</summary>
    internal TemplateSet Templates(string siteRoot, DiagnosticBag diagnostics)
    {
        var sources = TemplateSet.ReadSources(siteRoot);
        if (_templates is not { } known || !SameSources(sources, _templateSources))
        {
            var own = new DiagnosticBag();
            _templates = known = (TemplateSet.Parse(sources, own), own);
            _templateSources = sources;
        }
        diagnostics.AddRange(known.Diagnostics);
        return known.Set;
    }

    private void Reset()
    {
        (Sources, Markdown, Model, Renders, Deferred, Sitemap, LinkTargets, LinkChecks) = (new(), new(), new(), new(), new(), new(), new(), new());
        (_templates, _settings) = (null, []);
        (_changed, _discovered, _markdownRenderer) = (null, null, null);
    }

    private static bool SameSources(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var text) && text == pair.Value);
}
