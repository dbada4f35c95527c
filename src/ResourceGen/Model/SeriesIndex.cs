using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;

namespace ResourceGen.Model;

/// <summary>Groups series parts and works out each part's place: "Part N of M", previous and next.</summary>
internal sealed class SeriesIndex
{
    private readonly Dictionary<string, List<ContentItem>> _parts = new(StringComparer.Ordinal);
    private readonly SiteConfig _config;

    /// <summary>Collects the series of <paramref name="items"/>; a repeated part number is reported.</summary>
    public SeriesIndex(SiteConfig config, IEnumerable<ContentItem> items, DiagnosticBag diagnostics)
    {
        _config = config;
        foreach (var item in items)
        {
            if (item.FrontMatter.Series is not { } name) continue;
            if (!_parts.TryGetValue(name, out var list)) _parts[name] = list = [];
            list.Add(item);
        }
        foreach (var (name, list) in _parts)
        {
            list.Sort((a, b) => (a.FrontMatter.Part ?? int.MaxValue).CompareTo(b.FrontMatter.Part ?? int.MaxValue) is var c && c != 0
                ? c : string.CompareOrdinal(a.SourcePath, b.SourcePath));
            foreach (var sharing in list.Where(i => i.FrontMatter.Part is not null).GroupBy(i => i.FrontMatter.Part).Where(g => g.Count() > 1))
            {
                foreach (var item in sharing)
                {
                    var others = string.Join(" and ", sharing.Where(i => i != item).Select(i => i.SourcePath));
                    diagnostics.Error(DiagnosticCodes.SeriesProblem, item.SourcePath, item.FrontMatter.KeyLines["part"], 1,
                        $"series '{name}' has part {item.FrontMatter.Part} twice: here and in {others}; give each part its own number");
                }
            }
            ReportMissingParts(name, list, diagnostics);
        }
    }

    private static void ReportMissingParts(string name, List<ContentItem> list, DiagnosticBag diagnostics)
    {
        var parts = list.Where(i => i.FrontMatter.Part is not null).Select(i => i.FrontMatter.Part!.Value).ToHashSet();
        if (parts.Count == 0) return;
        var missing = Enumerable.Range(1, parts.Max()).Where(n => !parts.Contains(n)).ToList();
        if (missing.Count == 0) return;
        var last = list.Last(i => i.FrontMatter.Part == parts.Max());
        diagnostics.Error(DiagnosticCodes.SeriesProblem, last.SourcePath, last.FrontMatter.KeyLines["part"], 1,
            $"series '{name}' has no part {string.Join(", ", missing)}; number the parts 1, 2, 3 ... without gaps (a draft part is left out unless you build with --drafts)");
    }

    /// <summary>The series box of <paramref name="item"/>, or null when it is not in a series.</summary>
    public SeriesInfo? For(ContentItem item)
    {
        if (item.FrontMatter.Series is not { } name) return null;
        var list = _parts[name];
        var index = list.IndexOf(item);
        var parts = list.Select((p, i) => new SeriesPart(p.FrontMatter.Part ?? i + 1, p.FrontMatter.Title, _config.RelativeUrl(p.SitePath), i == index)).ToList();
        return new SeriesInfo(name, parts[index].Part, parts.Count, parts,
            index > 0 ? parts[index - 1] : null,
            index + 1 < parts.Count ? parts[index + 1] : null);
    }
}
