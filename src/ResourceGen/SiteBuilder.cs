using ResourceGen.Comments;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Generation;
using ResourceGen.Incremental;
using ResourceGen.Markdown;
using ResourceGen.Model;
using ResourceGen.Output;
using ResourceGen.Templating;
using ResourceGen.Validation;

namespace ResourceGen;

/// <summary>
/// Runs the build stages in order: settings → content files → front matter → Markdown → site model → templates
/// → link checks → output. Each stage adds its problems to one <see cref="DiagnosticBag"/>. A file with errors is
/// left out of the later stages while the other files go on, so one run reports every problem; nothing is written
/// unless the whole build succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds and, when there is no error, writes the site. Never throws: a crash becomes an RG9999 error.</summary>
    public static BuildResult Run(BuildOptions options) => Guarded(diagnostics =>
    {
        var result = Build(options, diagnostics);
        if (!result.Succeeded) return result;
        var timer = new StageTimer();
        OutputWriter.Write(result.Files, options.ResolvedOutputDir);
        timer.Lap("write output");
        return result with { Timings = [.. result.Timings, .. timer.Timings] };
    });

    /// <summary>
    /// Runs every check of a build and writes nothing; with a <paramref name="cache"/>, reuses what the last build of
    /// the same cache left. Never throws: a crash becomes an RG9999 error.
    /// </summary>
    public static BuildResult Check(BuildOptions options, BuildCache? cache = null) => Guarded(diagnostics => Build(options, diagnostics, cache));

    private static BuildResult Guarded(Func<DiagnosticBag, BuildResult> build)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            return build(diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0, $"cannot read or write files: {e.Message}");
        }
        catch (Exception e)
        {
            var where = e.StackTrace?.Split('\n')[0].Trim();
            var message = $"internal error ({e.GetType().Name}: {e.Message} {where}); nothing was written, please report this";
            diagnostics.Error(DiagnosticCodes.InternalError, "", 0, 0, string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        }
        return new BuildResult(diagnostics.Sorted(), [], 0);
    }

    /// <summary>
    /// Builds the site in memory without writing anything (this is what <c>check</c> runs). With a
    /// <paramref name="cache"/> from the previous build, only what changed since is read, rendered and checked again;
    /// the result is the same as without.
    /// </summary>
    public static BuildResult Build(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        cache?.Open();
        var result = BuildWith(options, diagnostics, cache);
        cache?.Close();
        return result;
    }

    private static BuildResult BuildWith(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var timer = new StageTimer();
        var siteRoot = Path.GetFullPath(options.SourceDir);
        var config = SiteConfigLoader.Load(siteRoot, diagnostics, options.BaseUrl, cache is null ? null : cache.UseSettings);
        if (config is null || !CheckOutputFolder(siteRoot, options.ResolvedOutputDir, diagnostics)) return Failed(diagnostics, 0);

        var templates = cache?.Templates(siteRoot, diagnostics) ?? TemplateSet.Load(siteRoot, diagnostics);
        timer.Lap("settings and templates");
        var discovered = cache?.Discover(siteRoot) ?? ContentDiscovery.Discover(siteRoot);
        var loaded = LoadContent(discovered, config, diagnostics, cache);
        timer.Lap("read and check front matter");

        var items = loaded.Where(l => l.Item is not null).Select(l => l.Item!).ToList();
        if (options.GitDates) items = GitDates.Apply(items, siteRoot, diagnostics);
        var resources = discovered.Resources.Select(r => r.RelativePath).ToList();
        var published = items.Where(i => options.Drafts || !i.FrontMatter.Draft).ToList();
        cache?.Retain(discovered, published);
        var targets = cache is null
            ? LinkTargetsOf(options, items, published, loaded, resources, diagnostics)
            : cache.LinkTargets.Get(loaded, resources, own => LinkTargetsOf(options, items, published, loaded, resources, own), diagnostics);
        var bodies = RenderBodies(published, config, targets, diagnostics, cache);
        var rendered = published.Zip(bodies, (item, body) => new RenderedItem(item, body.Content)).ToList();
        RenderedContentChecks.Check(rendered, diagnostics);
        timer.Lap("render Markdown");
        var model = SiteModelBuilder.Build(config, rendered, diagnostics, cache?.Model);
        timer.Lap("build site model");

        var assets = AssetCatalog.Load(siteRoot, config.RelativeUrl);
        var comments = CommentSectionsBuilder.Build(config, items, model.Pages, siteRoot, diagnostics);
        timer.Lap("comments");

        var site = SiteVariables.Create(model);
        cache?.Renders.Begin(model, site, templates, assets);
        var context = new BuildContext(model, new TemplateRenderer(templates, config, assets, site), diagnostics, siteRoot)
        {
            Comments = comments,
            Renders = cache?.Renders,
        };
        var generators = OutputGenerators.Default(assets, resources).Concat(options.ExtraGenerators).ToList();
        var files = cache is null ? Generate(generators, context, timer) : cache.Deferred.Generate(generators, context, cache.DeferSlowOutputs);
        cache?.Renders.End();
        timer.Lap("render templates and outputs");
        files.Add(cache?.Sitemap.Build(config, files) ?? SitemapBuilder.Build(config, files));
        timer.Lap("sitemap");
        if (cache is null) LinkChecker.Check(bodies.SelectMany(b => b.Pending), model.Pages, files, diagnostics);
        else cache.LinkChecks.Check(bodies, model.Pages, files, diagnostics);
        timer.Lap("check links");

        if (diagnostics.HasErrors) return Failed(diagnostics, discovered.Pages.Count);
        return new BuildResult(diagnostics.Sorted(), files, model.Pages.Count) { Timings = timer.Timings, FilesChecked = discovered.Pages.Count, Model = model };
    }

    /// <summary>Runs each generator in turn, timing each as a stage of its own (shown by <c>--verbose</c>).</summary>
    private static List<OutputFile> Generate(IEnumerable<IOutputGenerator> generators, BuildContext context, StageTimer timer)
    {
        var files = new List<OutputFile>();
        foreach (var generator in generators)
        {
            files.AddRange(generator.Generate(context));
            timer.Lap($"  {generator.GetType().Name}");
        }
        return files;
    }

    private static List<(string RelativePath, ContentItem? Item)> LoadContent(DiscoveredContent discovered, SiteConfig config, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var items = cache is null
            ? discovered.Pages.AsParallel().AsOrdered().Select(file => Load(file, config, diagnostics)).ToList()
            : cache.Sources.LoadAll(discovered.Pages, (file, own) => Load(file, config, own), diagnostics, verify: !cache.ChangesKnown);
        return discovered.Pages.Zip(items, (file, item) => (file.RelativePath, item)).ToList();
    }

    private static LinkTargets LinkTargetsOf(BuildOptions options, List<ContentItem> items, List<ContentItem> published,
        List<(string RelativePath, ContentItem? Item)> loaded, List<string> resources, DiagnosticBag diagnostics) => new(
        UrlMap.Build(published, diagnostics),
        items.Where(i => !options.Drafts && i.FrontMatter.Draft).Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal),
        loaded.Where(l => l.Item is null).Select(l => l.RelativePath).ToHashSet(StringComparer.Ordinal),
        resources.ToHashSet(StringComparer.Ordinal));

    private static List<RenderedBody> RenderBodies(List<ContentItem> published, SiteConfig config, LinkTargets targets, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var markdown = cache?.MarkdownRenderer(config.Markdown) ?? new MarkdownRenderer(config.Markdown);
        return cache is null
            ? published.AsParallel().AsOrdered().Select(item => RenderBody(item, config, markdown, targets, diagnostics)).ToList()
            : cache.Markdown.RenderAll(published, targets, (item, own) => RenderBody(item, config, markdown, targets, own), diagnostics);
    }

    private static RenderedBody RenderBody(ContentItem item, SiteConfig config, MarkdownRenderer markdown, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var links = new ContentLinkResolver(config, targets, diagnostics);
        var content = markdown.Render(item.SourcePath, item.Body, item.BodyFirstLine, links, diagnostics);
        return new RenderedBody(content, [.. links.Pending], links.Consulted);
    }

    private static ContentItem? Load(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var size = new FileInfo(file.FullPath).Length;
        if (size > config.MaxFileSize)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, file.RelativePath, 1, 1,
                $"the file is {size / 1024} KiB, over the limit of {config.MaxFileSize / 1024} KiB; split it into smaller pages or raise max_file_size in site.yml");
            return null;
        }
        return ContentLoader.Load(file.RelativePath, File.ReadAllBytes(file.FullPath), diagnostics, config.Schema);
    }

    private static bool CheckOutputFolder(string siteRoot, string outputDir, DiagnosticBag diagnostics)
    {
        var output = outputDir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var site = siteRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var protectedFolders = new[] { ContentDiscovery.ContentFolder, TemplateSet.Folder, StaticFilesGenerator.StaticFolder }
            .Select(f => Path.Combine(siteRoot, f) + Path.DirectorySeparatorChar);
        if (!site.StartsWith(output, StringComparison.Ordinal) && !protectedFolders.Any(f => output.StartsWith(f, StringComparison.Ordinal))) return true;
        diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0,
            $"the output folder {outputDir} would replace the site's own files; choose a folder outside content/, templates/ and static/ that does not contain the site (the default is _site)");
        return false;
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, int filesChecked) => new(diagnostics.Sorted(), [], 0) { FilesChecked = filesChecked };
}
