using ResourceGen.Output;

namespace ResourceGen.Generation;

/// <summary>
/// Makes some of the site's output files from the model. Adding an output (the search index, comment data)
/// means adding a generator to <see cref="OutputGenerators.Default"/>.
/// </summary>
internal interface IOutputGenerator
{
    /// <summary>The files this generator contributes.</summary>
    IEnumerable<OutputFile> Generate(BuildContext context);

    /// <summary>
    /// True for an output that no page shows and that takes long to make, such as the search index: while serving,
    /// it is brought up to date just after the pages, so a saved edit reloads the browser without waiting for it.
    /// </summary>
    bool Deferrable => false;

    /// <summary>True for an output each language has (under <c>/es/</c> for Spanish), false for one the site has once (robots.txt).</summary>
    bool PerLanguage => true;
}
