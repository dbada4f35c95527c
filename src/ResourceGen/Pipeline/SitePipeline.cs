using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Engine;
using ResourceGen.Generation;
using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Pipeline;

/// <summary>
/// One site's inputs and queries, asked for the whole site: a one-off <c>build</c> makes one and asks once; <c>serve</c>
/// keeps one, sets the files that changed and asks again. Both run the same queries.
/// </summary>
internal sealed class SitePipeline
{
    private readonly SiteOptions _options;
    private readonly QueryStore _store;
    private readonly SiteInputs _inputs = new();
    private readonly SiteQueries _queries;
    private readonly List<(int Generator, string Language)> _held = [];
    private IReadOnlyList<string>? _lastPages;

    /// <summary>A pipeline over an empty store; <paramref name="keepsHistory"/> when it will be asked again.</summary>
    public SitePipeline(SiteOptions options, bool keepsHistory)
    {
        _options = options;
        _store = new QueryStore(keepsHistory);
        Sources = new SiteSources(options.SiteRoot, _store, _inputs, options.GitDates);
        _queries = new SiteQueries(_store, _inputs, options);
    }

    /// <summary>Reads the site's files into the inputs.</summary>
    public SiteSources Sources { get; }

    /// <summary>
    /// Asks for the whole site. With <paramref name="holdBack"/>, a deferrable output made before keeps its last
    /// files, and <see cref="CompleteHeldBack"/> makes it after the pages are written.
    /// </summary>
    public SiteBuild Build(bool holdBack)
    {
        _held.Clear();
        _queries.PagesRendered = 0;
        var timer = new StageTimer();
        _store.Propagate();
        var q = _queries;
        var config = q.Config.Get(default, default);
        var problems = new DiagnosticBag();
        foreach (var listed in SiteSources.Listed) problems.AddRange(_inputs.ListingProblems[listed].Value);
        problems.AddRange(q.Config.ProblemsOf(default));
        if (config is null || !OutputFolderAllowed(problems)) return Failed(problems, 0, timer);
        q.Templates.Get(default, default);
        var pages = q.Content.Get(default, default).Pages;
        q.Published.Get(default, default);
        timer.Lap("read and check front matter");
        var model = q.Model.Get(config.Language, default)!;
        foreach (var language in config.Languages.Skip(1)) q.Model.Get(language.Code, default);
        q.CommentChecks.Get(default, default);
        timer.Lap("render Markdown and build site model");
        var files = new List<OutputFile>();
        long size = 0;
        foreach (var job in q.Jobs(config))
        {
            if (holdBack && q.Deferrable(job) && q.Outputs.Last(job) is { } last)
            {
                _held.Add(job);
                files.AddRange(last);
                size += last.Sum(f => (long)f.Bytes.Length);
                continue;
            }
            var made = q.Outputs.Get(job, default);
            files.AddRange(made);
            problems.AddRange(q.Outputs.ProblemsOf(job));
            timer.Lap(config.Multilingual ? $"  {q.Generators[job.Generator].GetType().Name} ({job.Language})" : $"  {q.Generators[job.Generator].GetType().Name}");
            size += made.Sum(f => (long)f.Bytes.Length);
            if (size > config.Limits.MaxOutputSize)
            {
                ReportOutputSize(files, size, config.Limits.MaxOutputSize, problems);
                return Failed(problems, pages.Count, timer);
            }
        }
        files.Add(q.Sitemap.Get(default, default));
        OutputClashes.Report(files, CopiedFrom, problems);
        q.LinkChecks.Get(default, default);
        timer.Lap("sitemap and link checks");
        problems.AddRange(q.Templates.ProblemsOf(default));
        problems.AddRange(q.Strings.ProblemsOf(default));
        problems.AddRange(q.Published.ProblemsOf(default));
        problems.AddRange(q.Targets.ProblemsOf(default));
        foreach (var language in config.Languages) problems.AddRange(q.Model.ProblemsOf(language.Code));
        problems.AddRange(q.TranslationGroups.ProblemsOf(default));
        problems.AddRange(q.CommentChecks.ProblemsOf(default));
        problems.AddRange(q.LinkChecks.ProblemsOf(default));
        if (problems.HasErrors)
        {
            _held.Clear();
            return Failed(problems, pages.Count, timer) with { PagesRendered = _queries.PagesRendered };
        }
        if (!ReferenceEquals(pages, _lastPages)) Forget(pages, files);
        _lastPages = pages;
        var everyPage = config.Languages.SelectMany(l => q.Model.Get(l.Code, default)!.Pages).ToList();
        return new SiteBuild(problems.Sorted(), files, model, pages.Count, timer.Timings)
        {
            PagesRendered = _queries.PagesRendered,
            PageCount = everyPage.Count,
            DraftSitePaths = [.. everyPage.Where(p => p.Draft).Select(p => p.SitePath)],
        };
    }

    /// <summary>
    /// The files of the outputs the last <see cref="Build"/> held back (none when it held back nothing), and the
    /// files those outputs had before, which that build wrote in their place.
    /// </summary>
    public (IReadOnlyList<OutputFile> Previous, IReadOnlyList<OutputFile> Files) CompleteHeldBack()
    {
        var previous = _held.SelectMany(i => _queries.Outputs.Last(i) ?? []).ToList();
        var files = _held.SelectMany(i => _queries.Outputs.Get(i, default)).ToList();
        _held.Clear();
        return (previous, files);
    }

    private static SiteBuild Failed(DiagnosticBag problems, int filesChecked, StageTimer timer) =>
        new(problems.Sorted(), [], null, filesChecked, timer.Timings);

    // Values of files and pages that are gone would otherwise stay in memory as long as serve runs; only a change to
    // the list of content files can make some go.
    private void Forget(IReadOnlyList<string> pages, List<OutputFile> files)
    {
        var paths = pages.ToHashSet(StringComparer.Ordinal);
        foreach (var query in new Action<IReadOnlySet<string>>[] { _queries.Item.Retain, _queries.Address.Retain, _queries.Body.Retain,
            _queries.BasePage.Retain, _queries.Place.Retain, _queries.FullPage.Retain, _queries.LinkCheck.Retain, _queries.CommentSection.Retain, _queries.RelatedOf.Retain })
            query(paths);
        _queries.Render.Retain(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
    }

    // A copied file's output path is its path under static/ or content/.
    private IEnumerable<string> CopiedFrom(string outputPath) =>
        new[] { StaticFilesGenerator.StaticFolder, ContentDiscovery.ContentFolder }.Select(folder => folder + "/" + outputPath)
            .Where(source => _inputs.Listings[source[..source.IndexOf('/')]].Value.Contains(source));

    // Checked after each output, so a site that would write too much stops before it fills the memory or the disk.
    private static void ReportOutputSize(List<OutputFile> files, long size, long limit, DiagnosticBag problems)
    {
        var largest = files.MaxBy(f => f.Bytes.Length)!;
        problems.Error(DiagnosticCodes.LimitExceeded, SiteConfig.FileName, 1, 1,
            $"the output would be over {size / (1024 * 1024):N0} MiB, past the limit of {limit / (1024 * 1024):N0} MiB (the largest file is {largest.Path}, {largest.Bytes.Length / 1024:N0} KiB); remove what makes it so large, or raise limits.max_output_size in site.yml");
    }

    private bool OutputFolderAllowed(DiagnosticBag problems)
    {
        if (new DirectoryInfo(_options.OutputDir).LinkTarget is { } target)
        {
            problems.Error(DiagnosticCodes.UsageError, "", 0, 0,
                $"the output folder {_options.OutputDir} is a symbolic link (to {target}), and a build replaces what the output folder holds; pass the real folder with --output");
            return false;
        }
        var output = _options.OutputDir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var site = _options.SiteRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var protectedFolders = new[] { ContentDiscovery.ContentFolder, TemplateSet.Folder, StaticFilesGenerator.StaticFolder }
            .Select(f => Path.Combine(_options.SiteRoot, f) + Path.DirectorySeparatorChar);
        if (!site.StartsWith(output, StringComparison.Ordinal) && !protectedFolders.Any(f => output.StartsWith(f, StringComparison.Ordinal))) return true;
        problems.Error(DiagnosticCodes.UsageError, "", 0, 0,
            $"the output folder {_options.OutputDir} would replace the site's own files; choose a folder outside content/, templates/ and static/ that does not contain the site (the default is _site)");
        return false;
    }
}
