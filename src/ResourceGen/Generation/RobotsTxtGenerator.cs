using System.Text;
using ResourceGen.Output;

namespace ResourceGen.Generation;

/// <summary><c>/robots.txt</c>: every crawler is welcome, and is pointed to the sitemap.</summary>
internal sealed class RobotsTxtGenerator : IOutputGenerator
{
    /// <inheritdoc />
    public bool PerLanguage => false;

    /// <inheritdoc />
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        var sitemap = context.Site.Config.AbsoluteUrl(SitemapBuilder.FileName);
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"));
    }
}
