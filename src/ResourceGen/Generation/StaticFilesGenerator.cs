using ResourceGen.Output;

namespace ResourceGen.Generation;

/// <summary>
/// Files copied as they are: the theme's assets (with hashed names), everything under <c>static/</c> at the site
/// root, and images and other files kept next to the content (<c>content/articles/img/a.png</c> → <c>/articles/img/a.png</c>).
/// Runs last, once every page has marked the built-in assets it uses.
/// </summary>
internal sealed class StaticFilesGenerator : IOutputGenerator
{
    /// <summary>The folder, under the site folder, copied as it is to the output root.</summary>
    public const string StaticFolder = "static";

    /// <inheritdoc />
    public bool PerLanguage => false;

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context) =>
        [.. context.Assets.OutputFiles().Select(asset => new OutputFile(asset.Path, asset.Bytes)), .. context.CopiedFiles];
}
