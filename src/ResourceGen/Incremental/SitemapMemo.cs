using ResourceGen.Configuration;
using ResourceGen.Generation;
using ResourceGen.Output;

namespace ResourceGen.Incremental;

/// <summary>The last sitemap, reused while the pages it lists and their dates are the same.</summary>
internal sealed class SitemapMemo
{
    private (List<(string Path, DateOnly? LastModified)> Entries, OutputFile File)? _last;

    /// <summary>Same as <see cref="SitemapBuilder.Build"/>.</summary>
    public OutputFile Build(SiteConfig config, IReadOnlyList<OutputFile> files)
    {
        var entries = files.Where(f => f.InSitemap).Select(f => (f.Path, f.LastModified)).ToList();
        if (_last is { } last && last.Entries.SequenceEqual(entries)) return last.File;
        var sitemap = SitemapBuilder.Build(config, files);
        _last = (entries, sitemap);
        return sitemap;
    }
}
