using System.Collections.Concurrent;

namespace ResourceGen.Engine;

/// <summary>
/// The objects of one query's value by key, whose members a reader can depend on alone, like the fields of salsa's
/// tracked structs: when the query is computed again, only the members that differ from the last value count as
/// changed, so a reader of one page's title is not computed again when its body changed. A reader depends on the
/// members it read of one object as one group, so checking a page that read fifty members costs a few steps.
/// </summary>
/// <param name="owner">The owning query's value, whose revision the members follow.</param>
/// <param name="member">Reads a member of an object; <c>*</c> stands for all of them.</param>
/// <param name="same">Tells whether two values of a member are the same.</param>
internal sealed class TrackedObjects(Func<Node> owner, Func<object?, string, object?> member, Func<string, object?, object?, bool> same)
{
    private readonly ConcurrentDictionary<string, Tracked> _objects = new(StringComparer.Ordinal);
    private Node? _owner;

    private Node Owner => _owner ??= owner();

    /// <summary>
    /// Takes the owning query's new objects: a member of an object that is another object than before and whose
    /// value differs from the last one changes in this revision, and so does every group that holds it. Called while
    /// the owner is computed.
    /// </summary>
    public void Update(QueryStore store, IReadOnlyDictionary<string, object> objects)
    {
        foreach (var (key, tracked) in _objects)
        {
            var now = objects.GetValueOrDefault(key);
            if (ReferenceEquals(now, tracked.Object)) continue;
            lock (tracked)
            {
                var changed = tracked.Members.Where(name => !same(name, member(tracked.Object, name), member(now, name))).ToHashSet(StringComparer.Ordinal);
                foreach (var group in tracked.Groups.Values.Where(g => g.Members.Overlaps(changed)))
                {
                    group.Changed(store.Revision);
                    store.Changed(group);
                }
                tracked.Object = now;
            }
        }
    }

    /// <summary>
    /// The members <paramref name="names"/> of the object at <paramref name="key"/> in <paramref name="objects"/> (the
    /// owner's current value), as one dependency.
    /// </summary>
    public Node Group(string key, IReadOnlyCollection<string> names, IReadOnlyDictionary<string, object> objects)
    {
        var tracked = _objects.GetOrAdd(key, static (k, o) => new Tracked(o.GetValueOrDefault(k)), objects);
        var signature = string.Join('\n', names.Order(StringComparer.Ordinal));
        lock (tracked)
        {
            if (tracked.Groups.TryGetValue(signature, out var known)) return known;
            var group = new MemberGroup(this, names.ToHashSet(StringComparer.Ordinal));
            tracked.Members.UnionWith(names);
            tracked.Groups[signature] = group;
            return group;
        }
    }

    private sealed class Tracked(object? current)
    {
        public object? Object { get; set; } = current;

        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, MemberGroup> Groups { get; } = new(StringComparer.Ordinal);
    }

    private sealed class MemberGroup : Node
    {
        private readonly TrackedObjects owner;
        private readonly HashSet<string> members;

        public MemberGroup(TrackedObjects owner, HashSet<string> members)
        {
            (this.owner, this.members) = (owner, members);
            Height = owner.Owner.Height + 1;
        }

        public HashSet<string> Members => members;

        public void Changed(int revision)
        {
            ChangedAt = revision;
            Height = Math.Max(Height, owner.Owner.Height + 1);
        }

        public override bool IsVerified(int revision) => owner.Owner.IsVerified(revision);

        public override void Refresh(QueryStore store) => owner.Owner.Refresh(store);
    }
}
