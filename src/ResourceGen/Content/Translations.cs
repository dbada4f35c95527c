using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>
/// Which published pages are translations of one another: those with the same translation key, one per language.
/// Reports two files of one page in one language, and a <c>translation_key</c> that no other file has.
/// </summary>
internal sealed class Translations
{
    private readonly Dictionary<string, string[]> _groupOf;

    private Translations(Dictionary<string, string[]> groupOf) => _groupOf = groupOf;

    /// <summary>No page has a translation.</summary>
    public static Translations None { get; } = new([]);

    /// <summary>The source paths of <paramref name="sourcePath"/>'s page in every language it has, itself included, in the site's language order; empty when it has none.</summary>
    public IReadOnlyList<string> Of(string sourcePath) => _groupOf.GetValueOrDefault(sourcePath) ?? [];

    /// <summary>Groups <paramref name="pages"/> (in file order), ordering each group by <paramref name="languageOrder"/>.</summary>
    public static Translations Find(IReadOnlyList<PageAddress> pages, IReadOnlyList<string> languageOrder, DiagnosticBag diagnostics)
    {
        var groups = new Dictionary<string, List<PageAddress>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (!groups.TryGetValue(page.TranslationKey, out var group)) groups[page.TranslationKey] = group = [];
            group.Add(page);
        }
        var groupOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, group) in groups)
        {
            if (group.Count == 1)
            {
                if (group[0].KeyLine > 0)
                    diagnostics.Error(DiagnosticCodes.TranslationKeyUnshared, group[0].SourcePath, group[0].KeyLine, 1,
                        $"translation_key '{key}' is not the translation_key of any other page, so this page is linked to no translation; give the original and its translations the same translation_key, or remove it");
                continue;
            }
            foreach (var twice in group.GroupBy(p => p.Language).Where(g => g.Count() > 1))
            {
                foreach (var page in twice)
                {
                    var others = string.Join(" and ", twice.Where(p => p != page).Select(p => p.SourcePath));
                    diagnostics.Error(DiagnosticCodes.TranslationTwice, page.SourcePath, Math.Max(page.KeyLine, 1), 1,
                        $"this page and {others} are the same page in '{page.Language}'; keep one of them, or link one to another page with a different translation_key");
                }
            }
            var ordered = group.DistinctBy(p => p.Language).OrderBy(p => IndexOf(languageOrder, p.Language)).Select(p => p.SourcePath).ToArray();
            foreach (var page in group) groupOf[page.SourcePath] = ordered;
        }
        return new Translations(groupOf);
    }

    private static int IndexOf(IReadOnlyList<string> order, string language)
    {
        for (var i = 0; i < order.Count; i++) if (order[i] == language) return i;
        return order.Count;
    }

    /// <summary>True when both group the same pages the same way.</summary>
    public static bool Same(Translations a, Translations b) =>
        ReferenceEquals(a, b) || a._groupOf.Count == b._groupOf.Count
        && a._groupOf.All(pair => b._groupOf.TryGetValue(pair.Key, out var other) && pair.Value.AsSpan().SequenceEqual(other));
}
