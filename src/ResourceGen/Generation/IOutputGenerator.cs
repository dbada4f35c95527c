using ResourceGen.Output;

namespace ResourceGen.Generation;

/// <summary>
/// Makes some of the site's output files from the model. Adding an output (the search index, comment data)
/// means adding a generator to <see cref="OutputGenerators.Default"/>.
/// </summary>
public interface IOutputGenerator
{
    /// <summary>The files this generator contributes.</summary>
    IEnumerable<OutputFile> Generate(BuildContext context);
}
