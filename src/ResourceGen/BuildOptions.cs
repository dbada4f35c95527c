namespace ResourceGen;

/// <summary>What to build and where.</summary>
/// <param name="SourceDir">The site folder (holding <c>site.yml</c>, <c>content/</c>, <c>templates/</c>).</param>
/// <param name="OutputDir">Where the site goes; defaults to <c>&lt;source&gt;/_site</c>.</param>
/// <param name="Drafts">Include pages with <c>draft: true</c>.</param>
/// <param name="BaseUrl">Replaces <c>base_url</c> from <c>site.yml</c>.</param>
public sealed record BuildOptions(string SourceDir, string? OutputDir = null, bool Drafts = false, string? BaseUrl = null)
{
    /// <summary>Outputs added to the standard ones (tests use it to put a failing one in).</summary>
    internal IReadOnlyList<Generation.IOutputGenerator> ExtraGenerators { get; init; } = [];

    /// <summary>Pages without <c>updated</c> take it from the date of their file's last git commit (<c>--git-dates</c>).</summary>
    public bool GitDates { get; init; }

    /// <summary>The default output folder name.</summary>
    public const string DefaultOutputFolder = "_site";

    /// <summary>The absolute output folder.</summary>
    public string ResolvedOutputDir => Path.GetFullPath(OutputDir ?? Path.Combine(SourceDir, DefaultOutputFolder));

    /// <summary>The options as the pipeline takes them, with full paths.</summary>
    internal Pipeline.SiteOptions ToSiteOptions() => new(Path.GetFullPath(SourceDir), ResolvedOutputDir, Drafts, BaseUrl, GitDates, ExtraGenerators);
}
