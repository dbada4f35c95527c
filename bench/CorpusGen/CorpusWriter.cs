using System.Text;

namespace ResourceGen.Bench.CorpusGen;

/// <summary>Writes the generated site: <c>site.yml</c> with the tag vocabulary, <c>content/</c> and a copy of the templates.</summary>
/// <param name="root">The site folder to create; it must not exist or be empty.</param>
/// <param name="seed">The random seed: the same seed and count give the same files.</param>
internal sealed class CorpusWriter(string root, int seed)
{
    /// <summary>Writes <paramref name="count"/> pages and copies <paramref name="templates"/>; returns the page count.</summary>
    public int Write(int count, string templates)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new InvalidOperationException($"{root} is not empty; choose a new folder");
        var random = new Random(seed);
        var pages = Enumerable.Range(0, count).Select(i => PagePlan.Create(i, random)).ToList();
        var bodies = new PageBodyWriter(random);

        File.WriteAllText(Path.Combine(Directory.CreateDirectory(root).FullName, "site.yml"), SiteSettings());
        foreach (var page in pages)
        {
            var path = Path.Combine(root, "content", page.Folder, page.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, page.FrontMatter() + bodies.Body(page, pages));
        }
        CopyDirectory(templates, Path.Combine(root, "templates"));
        return pages.Count;
    }

    private static string SiteSettings()
    {
        var yml = new StringBuilder("""
            title: Generated Library
            description: A generated library of articles, activity guides and checklists, for benchmarks.
            base_url: https://example.org/
            language: en
            author: Benchmark corpus
            feed_limit: 20
            schema:
              tags:

            """);
        foreach (var tag in Vocabulary.Tags) yml.Append($"    {tag}: Resources about {tag.Replace('-', ' ')}.\n");
        yml.Append("params:\n  intro: Generated resources for parents, educators and therapists.\n  footer_note: Generated for benchmarks.\n");
        return yml.ToString();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
