using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Markdown;

namespace ResourceGen.Incremental;

/// <summary>
/// The last build's <see cref="LinkTargets"/>, reused while every content file loads as a page at the same URL with
/// the same draft flag (or fails to load again) and the other files under <c>content/</c> are the same. Reusing
/// the very same object also tells <see cref="MarkdownMemo"/> that no link target moved.
/// </summary>
internal sealed class LinkTargetsMemo
{
    private (List<(string RelativePath, ContentItem? Item)> Loaded, IReadOnlyList<string> Resources, LinkTargets Targets, DiagnosticBag Diagnostics)? _last;

    /// <summary>
    /// The link targets of <paramref name="loaded"/> (each content file with its item, null where it failed to
    /// load) and <paramref name="resources"/>: last build's, or made by <paramref name="make"/>. Their diagnostics
    /// go to <paramref name="diagnostics"/>.
    /// </summary>
    public LinkTargets Get(List<(string RelativePath, ContentItem? Item)> loaded, IReadOnlyList<string> resources, Func<DiagnosticBag, LinkTargets> make, DiagnosticBag diagnostics)
    {
        if (_last is not { } last || !SameTargets(last.Loaded, loaded) || !last.Resources.SequenceEqual(resources, StringComparer.Ordinal))
        {
            var own = new DiagnosticBag();
            last = (loaded, resources, make(own), own);
        }
        _last = last with { Loaded = loaded };
        diagnostics.AddRange(last.Diagnostics);
        return last.Targets;
    }

    private static bool SameTargets(List<(string RelativePath, ContentItem? Item)> before, List<(string RelativePath, ContentItem? Item)> after)
    {
        if (before.Count != after.Count) return false;
        for (var i = 0; i < before.Count; i++)
        {
            var (a, b) = (before[i].Item, after[i].Item);
            if (ReferenceEquals(a, b) && before[i].RelativePath == after[i].RelativePath) continue;
            if (a is null || b is null || a.SourcePath != b.SourcePath || a.Type != b.Type || a.Slug != b.Slug || a.FrontMatter.Draft != b.FrontMatter.Draft) return false;
        }
        return true;
    }
}
