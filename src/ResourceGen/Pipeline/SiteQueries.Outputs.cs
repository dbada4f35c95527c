using ResourceGen.Comments;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Engine;
using ResourceGen.Generation;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Templating;
using ResourceGen.Validation;
using Scriban.Runtime;

namespace ResourceGen.Pipeline;

internal sealed partial class SiteQueries
{
    private readonly CommentBodyRenderer _commentBodies = new();
    private int _pagesRendered;

    /// <summary>How many pages <see cref="Render"/> computed since this was last set to 0.</summary>
    public int PagesRendered { get => _pagesRendered; set => _pagesRendered = value; }

    /// <summary>The output generators, in the order they run; their index is the key of <see cref="Outputs"/>.</summary>
    public IReadOnlyList<IOutputGenerator> Generators { get; private set; } = [];

    /// <summary>The <c>site</c> object templates see, by language code.</summary>
    public Query<string, NoArgument, ScriptObject?> SiteObject { get; private set; } = null!;

    /// <summary>Every keyed object of each language's model (<see cref="ModelKeys"/>) and its <c>site</c>, by key.</summary>
    public Query<NoArgument, NoArgument, IReadOnlyDictionary<string, object>> Objects { get; private set; } = null!;

    // Each member of a keyed object, as a template reads it: what a rendered page depends on.
    private TrackedObjects _members = null!;

    /// <summary>The template renderer and asset catalogue of one language's model, by language code.</summary>
    public Query<string, NoArgument, PageRenderer> Renderer { get; private set; } = null!;

    /// <summary>The theme's assets, which the pages of every language mark as they use them.</summary>
    public Query<NoArgument, NoArgument, AssetCatalog> Assets { get; private set; } = null!;

    /// <summary>A rendered HTML page by output path, made from its request.</summary>
    public Query<string, RenderInput, RenderedPage> Render { get; private set; } = null!;

    /// <summary>A page's comment section, by path; null when it has none.</summary>
    public Query<string, NoArgument, CommentSection?> CommentSection { get; private set; } = null!;

    /// <summary>The static comment threads under <c>data/comments/</c>, by folder name.</summary>
    public Query<NoArgument, NoArgument, IReadOnlyDictionary<string, CommentThreadFiles>> CommentFiles { get; private set; } = null!;

    /// <summary>One static thread, as nested comments, by folder name.</summary>
    public Query<string, NoArgument, IReadOnlyList<CommentNode>> CommentThread { get; private set; } = null!;

    /// <summary>A value an output generator made of a model object, by its maker and the object's key (<see cref="BuildContext.Derive{TSource, T}"/>).</summary>
    public Query<(System.Reflection.MethodInfo Maker, string Source), DeriveInput, object> Derived { get; private set; } = null!;

    /// <summary>Problems with the static comment folders: shared threads and threads without a page.</summary>
    public Query<NoArgument, NoArgument, NoArgument> CommentChecks { get; private set; } = null!;

    /// <summary>Files copied as they are: <c>static/</c> and the resources beside the content.</summary>
    public Query<NoArgument, NoArgument, IReadOnlyList<OutputFile>> CopiedFiles { get; private set; } = null!;

    /// <summary>The files of one generator in one language, by its index in <see cref="Generators"/> and the language code.</summary>
    public Query<(int Generator, string Language), NoArgument, IReadOnlyList<OutputFile>> Outputs { get; private set; } = null!;

    /// <summary>The pages the sitemap lists, with their dates.</summary>
    public Query<NoArgument, NoArgument, IReadOnlyList<(string Path, DateOnly? LastModified)>> SitemapEntries { get; private set; } = null!;

    /// <summary><c>sitemap.xml</c>.</summary>
    public Query<NoArgument, NoArgument, OutputFile> Sitemap { get; private set; } = null!;

    /// <summary>The path of every output file, for links to site paths.</summary>
    public Query<NoArgument, NoArgument, IReadOnlySet<string>> OutputPaths { get; private set; } = null!;

    /// <summary>Checks the links of one page's body, by path.</summary>
    public Query<string, NoArgument, NoArgument> LinkCheck { get; private set; } = null!;

    /// <summary>Checks the links of every page.</summary>
    public Query<NoArgument, NoArgument, NoArgument> LinkChecks { get; private set; } = null!;

    private void DefineOutputs(QueryStore store)
    {
        Generators = [.. OutputGenerators.Default(), .. _options.ExtraGenerators];
        SiteObject = Define<string, ScriptObject?>(store, MakeSiteObject, ValueComparers.Reference<ScriptObject?>());
        Languages = Define(store, FindLanguageLinks, ValueComparers.By<LanguageLinks>(LanguageLinks.Same), eager: false);
        Objects = Define(store, IndexObjects, ValueComparers.Reference<IReadOnlyDictionary<string, object>>());
        _members = new TrackedObjects(() => Objects.NodeOf(default), ReadMember, SameMember);
        Assets = Define(store, (c, _) => AssetCatalog.Of(c.Get(ThemeFiles, default), c.Get(Config, default)!.RelativeUrl), ValueComparers.Reference<AssetCatalog>(), eager: false);
        Renderer = Define<string, PageRenderer>(store, MakeRenderer, ValueComparers.Reference<PageRenderer>(), eager: false);
        Render = new Query<string, RenderInput, RenderedPage>(store, RenderPage, ValueComparers.Reference<RenderedPage>(), ValueComparers.By<RenderInput>((a, b) => SameRequest(a.Request, b.Request)));
        CommentFiles = Define(store, ReadCommentFiles, ValueComparers.Reference<IReadOnlyDictionary<string, CommentThreadFiles>>(), eager: false);
        CommentThread = Define<string, IReadOnlyList<CommentNode>>(store,
            (c, id) => c.Get(CommentFiles, default).TryGetValue(id, out var files) ? CommentThreadBuilder.Build(files.Comments, _commentBodies, c.Diagnostics) : [],
            ValueComparers.Reference<IReadOnlyList<CommentNode>>(), eager: false);
        CommentSection = Define<string, CommentSection?>(store,
            (c, path) => c.Get(BasePage, path) is { } page ? CommentSectionsBuilder.For(c.Get(LanguageConfig, page.Language)!, page, id => c.Get(CommentThread, id)) : null,
            ValueComparers.By<CommentSection?>(ModelValues.Same), eager: false);
        Derived = new Query<(System.Reflection.MethodInfo, string), DeriveInput, object>(store,
            (c, _, input) =>
            {
                c.Get(Config, default);
                c.Get(Strings, default);
                return input.Make(input.Source, input.Extra);
            },
            ValueComparers.Reference<object>(),
            ValueComparers.By<DeriveInput>((a, b) => ModelValues.SameParts(a.Source, b.Source) && ModelValues.Same(a.Extra, b.Extra)));
        CommentChecks = Define(store, CheckComments, EqualityComparer<NoArgument>.Default, eager: false);
        CopiedFiles = Define(store, ReadCopiedFiles, ValueComparers.Sequence<OutputFile>(), eager: false);
        Outputs = Define<(int, string), IReadOnlyList<OutputFile>>(store, Generate, ValueComparers.Sequence<OutputFile>(), eager: false);
        SitemapEntries = Define(store, ListSitemapEntries, ValueComparers.Sequence<(string, DateOnly?)>(), eager: false);
        Sitemap = Define(store, (c, _) => SitemapBuilder.Build(c.Get(Config, default)!, c.Get(SitemapEntries, default), c.Get(Languages, default)), ValueComparers.Reference<OutputFile>(), eager: false);
        OutputPaths = Define(store, ListOutputPaths, ValueComparers.By<IReadOnlySet<string>>((a, b) => a.SetEquals(b)), eager: false);
        LinkCheck = Define<string, NoArgument>(store, CheckLinks, EqualityComparer<NoArgument>.Default, eager: false);
        LinkChecks = Define(store, (c, _) => { c.GetAll(LinkCheck, c.Get(Published, default)); return default; }, EqualityComparer<NoArgument>.Default, eager: false);
    }

    /// <summary>Where each page is in the other languages: for hreflang links, the language switcher and the sitemap.</summary>
    public Query<NoArgument, NoArgument, LanguageLinks> Languages { get; private set; } = null!;

    /// <summary>True for a generator whose files <c>serve</c> may bring up to date after the pages.</summary>
    public bool Deferrable((int Generator, string Language) job) => Generators[job.Generator].Deferrable;

    /// <summary>Every generator's outputs in the order they run: each generator once per language, or once for the site.</summary>
    public IReadOnlyList<(int Generator, string Language)> Jobs(SiteConfig config) =>
        [.. Generators.SelectMany((generator, i) => (generator.PerLanguage ? config.Languages : config.Languages.Take(1)).Select(l => (i, l.Code)))];

    private IReadOnlyDictionary<string, object> IndexObjects(QueryContext context, NoArgument _)
    {
        var objects = new Dictionary<string, object>(StringComparer.Ordinal);
        if (context.Get(Config, default) is { } config)
        {
            foreach (var language in config.Languages)
            {
                if (context.Get(Model, language.Code) is not { } model) continue;
                objects[ModelKeys.SiteOf(language.Code, language.Prefix.Length == 0)] = context.Get(SiteObject, language.Code)!;
                foreach (var value in ModelKeys.All(model)) objects[ModelKeys.Of(value)!] = value;
            }
        }
        _members.Update(context.Store, objects);
        return objects;
    }

    private ScriptObject? MakeSiteObject(QueryContext context, string language)
    {
        if (context.Get(Model, language) is not { } model) return null;
        var config = context.Get(Config, default)!;
        var languages = config.Languages.Select(l => new LanguageLink(l.Code, LanguageName(context, l), l.RightToLeft ? "rtl" : "ltr",
            config.RelativeUrl("/" + l.Prefix), config.AbsoluteUrl("/" + l.Prefix), l.Code == language, true)).ToList();
        return SiteVariables.Create(model, languages);
    }

    private LanguageLinks FindLanguageLinks(QueryContext context, NoArgument _)
    {
        var config = context.Get(Config, default)!;
        if (!config.Multilingual) return LanguageLinks.None;
        var lists = config.Languages.ToDictionary(l => l.Code, l => context.Get(Model, l.Code) is { } model ? LanguageLinks.ListPaths(model) : [], StringComparer.Ordinal);
        var names = config.Languages.ToDictionary(l => l.Code, l => LanguageName(context, l), StringComparer.Ordinal);
        return new LanguageLinks(config, names, context.Get(Targets, default), lists);
    }

    private static object? ReadMember(object? target, string member) => target switch
    {
        null => null,
        _ when member == RenderReads.AllMembers => target,
        ScriptObject site => site.TryGetValue(member, out var value) ? value : null,
        _ => ModelValues.MemberNamed(target.GetType(), member)?.Get(target),
    };

    private static bool SameMember(string member, object? a, object? b) =>
        member == RenderReads.AllMembers ? ModelValues.SameMembers(a, b) : ModelValues.Same(a, b);

    private static bool SameRequest(PageRenderRequest a, PageRenderRequest b) => ReferenceEquals(a, b) ||
        a.OutputPath == b.OutputPath && a.Template == b.Template && a.Kind == b.Kind && a.Title == b.Title && a.Description == b.Description
        && a.SitePath == b.SitePath && a.Variables.Count == b.Variables.Count
        && a.Variables.All(pair => b.Variables.TryGetValue(pair.Key, out var value) && ModelValues.Same(pair.Value, value));

    private PageRenderer MakeRenderer(QueryContext context, string language)
    {
        var config = context.Get(LanguageConfig, language)!;
        var site = context.Get(SiteObject, language)!;
        var assets = context.Get(Assets, default);
        var siteKey = ModelKeys.SiteOf(language, config.CurrentLanguage.Prefix.Length == 0);
        return new PageRenderer(new TemplateRenderer(context.Get(Templates, default), context.Get(Strings, default), config, assets, site), assets, site, siteKey);
    }

    // What a page's templates read is known once it is rendered: each member read becomes a dependency then.
    private RenderedPage RenderPage(QueryContext context, string outputPath, RenderInput input)
    {
        context.Get(Templates, default);
        context.Get(Strings, default);
        context.Get(Config, default);
        context.Get(ThemeFiles, default);
        Interlocked.Increment(ref _pagesRendered);
        var reads = context.Store.KeepsHistory ? new RenderReads(input.Renderer.Site, input.Renderer.SiteKey) : null;
        var bytes = input.Renderer.Templates.RenderPage(input.Request, context.Diagnostics, reads);
        if (reads is null) return new RenderedPage(bytes, []);
        var objects = Objects.Get(default, default);
        foreach (var (key, members) in reads.Members) context.Depend(_members.Group(key, members, objects));
        return new RenderedPage(bytes, [.. reads.Assets]);
    }

    private IReadOnlyList<OutputFile> Generate(QueryContext context, (int Generator, string Language) job)
    {
        var (index, language) = job;
        var renderer = context.Get(Renderer, language);
        var links = context.Get(Languages, default);
        var build = new BuildContext(context.Get(Model, language)!, renderer.Templates, context.Diagnostics)
        {
            CommentsFor = page => context.Get(CommentSection, page.SourcePath),
            Assets = renderer.Assets,
            CopiedFiles = context.Get(CopiedFiles, default),
            RenderPages = requests => RenderAll(context, renderer, links.Add(requests, language)),
            Derivations = new Derivations(context, Derived),
        };
        return [.. Generators[index].Generate(build)];
    }

    private byte[]?[] RenderAll(QueryContext context, PageRenderer renderer, IReadOnlyList<PageRenderRequest> requests)
    {
        var pages = context.GetAll(Render, requests.Select(r => (r.OutputPath, new RenderInput(r, renderer))).ToList());
        // A page reused from an earlier build marks the built-in assets it uses, as rendering it would have.
        foreach (var asset in pages.SelectMany(p => p.Assets).Distinct(StringComparer.Ordinal)) renderer.Assets.Url(asset);
        return Array.ConvertAll(pages, p => p.Bytes);
    }

    private IReadOnlyDictionary<string, CommentThreadFiles> ReadCommentFiles(QueryContext context, NoArgument _)
    {
        var files = context.Read(_inputs.Listings[StaticComments.Folder])
            .Select(path => (path, bytes: context.Read(_inputs.Files[path])))
            .Where(f => f.bytes is not null)
            .Select(f => (f.path, f.bytes!))
            .ToList();
        return CommentThreadLoader.Load(files, context.Diagnostics).ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    private NoArgument CheckComments(QueryContext context, NoArgument _)
    {
        var config = context.Get(Config, default)!;
        if (config.Comments.Service is not StaticComments) return default;
        var items = context.GetAll(Item, context.Get(Content, default).Pages).OfType<ContentItem>().ToList();
        CommentSectionsBuilder.Check(config, items, context.Get(CommentFiles, default).Values, context.Diagnostics);
        return default;
    }

    private IReadOnlyList<OutputFile> ReadCopiedFiles(QueryContext context, NoArgument _)
    {
        var staticFiles = context.Read(_inputs.Listings[StaticFilesGenerator.StaticFolder]);
        var resources = context.Get(Content, default).Resources;
        var files = new List<OutputFile>(staticFiles.Count + resources.Count);
        foreach (var path in staticFiles.Concat(resources))
        {
            if (context.Read(_inputs.Files[path]) is { } bytes) files.Add(new OutputFile(path[(path.IndexOf('/') + 1)..], bytes));
        }
        return files;
    }

    private IReadOnlyList<(string Path, DateOnly? LastModified)> ListSitemapEntries(QueryContext context, NoArgument _) =>
        [.. Jobs(context.Get(Config, default)!).Where(job => !Deferrable(job))
            .SelectMany(job => context.Get(Outputs, job)).Where(f => f.InSitemap).Select(f => (f.Path, f.LastModified))];

    // Deferrable outputs are data files, never pages: their last paths are enough for links to site paths.
    private IReadOnlySet<string> ListOutputPaths(QueryContext context, NoArgument _)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { SitemapBuilder.FileName };
        foreach (var job in Jobs(context.Get(Config, default)!))
        {
            var files = Deferrable(job) ? Outputs.Last(job) ?? [] : context.Get(Outputs, job);
            foreach (var file in files) paths.Add(file.Path);
        }
        return paths;
    }

    private NoArgument CheckLinks(QueryContext context, string path)
    {
        var pending = context.Get(Body, path)!.Pending;
        if (pending.Count == 0) return default;
        var targets = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var target in pending.Where(l => l.Anchor is not null).Select(l => l.TargetPage).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (context.Get(Address, target) is { } address && (_options.Drafts || !address.Draft)) targets[target] = context.Get(BasePage, target)!;
        }
        var outputs = new Lazy<HashSet<string>>(() => [.. context.Get(OutputPaths, default)]);
        LinkChecker.Check(pending, targets, outputs, context.Diagnostics);
        return default;
    }
}
