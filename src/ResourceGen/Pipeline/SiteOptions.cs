using ResourceGen.Generation;

namespace ResourceGen.Pipeline;

/// <summary>What stays the same for every build of one pipeline: the site folder and the command-line options.</summary>
/// <param name="SiteRoot">The site folder, as a full path.</param>
/// <param name="OutputDir">The output folder, as a full path.</param>
/// <param name="Drafts">Build drafts too.</param>
/// <param name="BaseUrl">A base URL that replaces the one in <c>site.yml</c>.</param>
/// <param name="GitDates">Fill in <c>updated</c> from git history.</param>
/// <param name="ExtraGenerators">Generators run after the standard ones.</param>
internal sealed record SiteOptions(string SiteRoot, string OutputDir, bool Drafts, string? BaseUrl, bool GitDates, IReadOnlyList<IOutputGenerator> ExtraGenerators);
