namespace ResourceGen.Generation;

/// <summary>The generators a build runs, in one list: add a generator here to add an output.</summary>
internal static class OutputGenerators
{
    /// <summary>The standard outputs of a ResourceGen site.</summary>
    public static IReadOnlyList<IOutputGenerator> Default() =>
    [
        new ContentPagesGenerator(),
        new SectionPagesGenerator(),
        new TagPagesGenerator(),
        new AudiencePagesGenerator(),
        new HomePageGenerator(),
        new AtomFeedGenerator(),
        new SearchIndexGenerator(),
        new SearchPageGenerator(),
        new RobotsTxtGenerator(),
        new StaticFilesGenerator(),
    ];
}
