using ResourceGen.Diagnostics;

namespace ResourceGen.Output;

/// <summary>
/// Finds output paths that two outputs would write, such as <c>static/articles/a/index.html</c> over the page of
/// <c>content/articles/a.md</c>: which of the two the disk kept would depend on the order of parallel writes.
/// </summary>
internal static class OutputClashes
{
    /// <summary>Reports each clash on the files copied there, which <paramref name="copiedFrom"/> names for an output path (none for pages the site makes).</summary>
    public static void Report(IReadOnlyList<OutputFile> files, Func<string, IEnumerable<string>> copiedFrom, DiagnosticBag problems)
    {
        var seen = new HashSet<string>(files.Count, StringComparer.Ordinal);
        var clashes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!seen.Add(file.Path)) clashes.Add(file.Path);
        }
        foreach (var path in clashes)
        {
            // Two pages on one URL are reported where their addresses are made (UrlMap).
            var sources = copiedFrom(path).ToList();
            foreach (var source in sources)
            {
                var other = sources.Count > 1 ? string.Join(" and ", sources.Where(s => s != source)) : "a page the site makes";
                problems.Error(DiagnosticCodes.DuplicateUrl, source, 1, 1, $"this file would be written to /{path}, where {other} is written too; rename or move it");
            }
        }
    }
}
