namespace ResourceGen.Authoring;

/// <summary>Files built into ResourceGen from the repository: the default theme (<c>templates/</c>) and the other files of a new site.</summary>
internal static class BuiltInFiles
{
    /// <summary>The default theme, by path under <c>templates/</c> (e.g. <c>archetypes/article.md</c>).</summary>
    public static IReadOnlyDictionary<string, byte[]> Theme { get; } = Read("ResourceGen.Theme/");

    /// <summary>The files of a new site other than the theme, by path under the site folder (e.g. <c>site.yml</c>).</summary>
    public static IReadOnlyDictionary<string, byte[]> Starter { get; } = Read("ResourceGen.Starter/");

    private static SortedDictionary<string, byte[]> Read(string prefix)
    {
        var assembly = typeof(BuiltInFiles).Assembly;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            files[name[prefix.Length..].Replace('\\', '/')] = bytes.ToArray();
        }
        return files;
    }
}
