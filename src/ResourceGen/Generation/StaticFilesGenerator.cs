using ResourceGen.Output;
using ResourceGen.Templating;

namespace ResourceGen.Generation;

/// <summary>
/// Files copied as they are: the theme's assets (with hashed names), everything under <c>static/</c> at the site
/// root, and images and other files kept next to the content (<c>content/articles/img/a.png</c> → <c>/articles/img/a.png</c>).
/// </summary>
/// <param name="assets">The theme's assets.</param>
/// <param name="contentResources">Source paths of non-Markdown files under <c>content/</c>.</param>
public sealed class StaticFilesGenerator(AssetCatalog assets, IReadOnlyList<string> contentResources) : IOutputGenerator
{
    /// <summary>The folder, under the site folder, copied as it is to the output root.</summary>
    public const string StaticFolder = "static";

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        foreach (var (path, bytes) in assets.OutputFiles()) yield return new OutputFile(path, bytes);

        var staticRoot = Path.Combine(context.SiteRoot, StaticFolder);
        if (Directory.Exists(staticRoot))
        {
            foreach (var file in Directory.EnumerateFiles(staticRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return new OutputFile(Path.GetRelativePath(staticRoot, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        foreach (var resource in contentResources)
            yield return new OutputFile(resource[(resource.IndexOf('/') + 1)..], File.ReadAllBytes(Path.Combine(context.SiteRoot, resource)));
    }
}
