namespace ResourceGen.Output;

/// <summary>A file of the built site, held in memory until the whole build has succeeded.</summary>
/// <param name="Path">Path in the output folder with forward slashes, e.g. <c>articles/a/index.html</c>.</param>
/// <param name="Bytes">The file's content.</param>
/// <param name="InSitemap">True for pages listed in <c>sitemap.xml</c>.</param>
/// <param name="LastModified">The page's last change, for the sitemap.</param>
public sealed record OutputFile(string Path, byte[] Bytes, bool InSitemap = false, DateOnly? LastModified = null);
