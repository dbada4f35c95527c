using System.Collections.Concurrent;
using ResourceGen.Model;
using Scriban.Runtime;

namespace ResourceGen.Incremental;

/// <summary>
/// What changed between two builds' models, member by member: for each keyed object (<see cref="ModelKeys"/>) and
/// <c>site</c>, the names of the members whose value a template would see differently.
/// </summary>
internal static class ModelDiff
{
    /// <summary>Changed member names by object key; an object that was added or removed has <see cref="Templating.RenderReads.AllMembers"/>.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Changes(SiteModel before, ScriptObject siteBefore, SiteModel after, ScriptObject siteAfter)
    {
        // Objects the model builder reused are the very same objects: only the others need comparing.
        var changes = ReplacedInPlace(before, after) is { } pairs ? Compare(pairs) : CompareAll(before, after);
        var site = siteAfter.Keys.Union(siteBefore.Keys)
            .Where(name => !ModelValues.Same(Value(siteBefore, name), Value(siteAfter, name)))
            .ToHashSet(StringComparer.Ordinal);
        if (site.Count > 0) changes[ModelKeys.Site] = site;
        return changes;
    }

    // When both models list their keyed objects with the same keys in the same order (an edit that moved nothing),
    // the pairs of objects that differ; otherwise null.
    private static List<(object Before, object After)>? ReplacedInPlace(SiteModel before, SiteModel after)
    {
        var pairs = new List<(object, object)>();
        using var old = ModelKeys.All(before).GetEnumerator();
        using var current = ModelKeys.All(after).GetEnumerator();
        while (true)
        {
            var more = old.MoveNext();
            if (more != current.MoveNext()) return null;
            if (!more) return pairs;
            if (ReferenceEquals(old.Current, current.Current)) continue;
            if (ModelKeys.SameKey(old.Current, current.Current) != true) return null;
            pairs.Add((old.Current, current.Current));
        }
    }

    private static Dictionary<string, HashSet<string>> Compare(List<(object Before, object After)> pairs)
    {
        var changes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (previous, value) in pairs)
        {
            var changed = ChangedMembers(previous, value);
            if (changed.Count > 0) changes[ModelKeys.Of(value)!] = changed;
        }
        return changes;
    }

    private static Dictionary<string, HashSet<string>> CompareAll(SiteModel before, SiteModel after)
    {
        var old = ModelKeys.All(before).ToHashSet(ReferenceEqualityComparer.Instance);
        var current = ModelKeys.All(after).ToHashSet(ReferenceEqualityComparer.Instance);
        var replaced = old.Where(o => !current.Contains(o)).ToDictionary(o => ModelKeys.Of(o)!, StringComparer.Ordinal);
        var changes = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Parallel.ForEach(current.Where(o => !old.Contains(o)), value =>
        {
            var key = ModelKeys.Of(value)!;
            object? previous;
            lock (replaced) replaced.Remove(key, out previous);
            var changed = previous is null ? [Templating.RenderReads.AllMembers] : ChangedMembers(previous, value);
            if (changed.Count > 0) changes[key] = changed;
        });
        foreach (var key in replaced.Keys) changes[key] = [Templating.RenderReads.AllMembers];
        return new Dictionary<string, HashSet<string>>(changes, StringComparer.Ordinal);
    }

    private static object? Value(ScriptObject site, string name) => site.TryGetValue(name, out var value) ? value : null;

    private static HashSet<string> ChangedMembers(object before, object after)
    {
        if (before.GetType() != after.GetType()) return [Templating.RenderReads.AllMembers];
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in ModelValues.MembersOf(after.GetType()))
        {
            if (!ModelValues.Same(member.Get(before), member.Get(after))) changed.Add(member.Name);
        }
        return changed;
    }
}
