using System.Collections.Concurrent;

namespace ResourceGen.Engine;

/// <summary>
/// A derived value by key, memoised: its computation records every input and query it reads, and in a later
/// revision the value is reused while none of those changed. A value computed again that comes out equal to the
/// last one keeps the last one's revision, so what read it is not computed again either. An argument, when there is
/// one, is part of what the value is computed from: a different argument computes it again.
/// </summary>
/// <param name="store">The revisions this query follows.</param>
/// <param name="compute">Computes the value; it must read nothing that does not go through its context or its argument.</param>
/// <param name="values">Tells whether a value computed again equals the last one.</param>
/// <param name="arguments">Tells whether an argument equals the one the value was computed with.</param>
/// <param name="eager">Brought up to date as soon as something it read changes (<see cref="QueryStore.Propagate"/>), rather than when next asked.</param>
internal sealed class Query<TKey, TArg, TValue>(
    QueryStore store,
    Func<QueryContext, TKey, TArg, TValue> compute,
    IEqualityComparer<TValue>? values = null,
    IEqualityComparer<TArg>? arguments = null,
    bool eager = false) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Memo> _memos = new();
    private readonly Func<QueryContext, TKey, TArg, TValue> _compute = compute;
    private readonly bool _eager = eager;
    private readonly IEqualityComparer<TValue> _values = values ?? EqualityComparer<TValue>.Default;
    private readonly IEqualityComparer<TArg> _arguments = arguments ?? EqualityComparer<TArg>.Default;

    /// <summary>The value for <paramref name="key"/>, computed in this revision if need be.</summary>
    public TValue Get(TKey key, TArg arg) => Fresh(store, key, arg).Value;

    /// <summary>The value for <paramref name="key"/> as a dependency.</summary>
    public Node NodeOf(TKey key) => MemoOf(key);

    /// <summary>The last value computed for <paramref name="key"/>, whether or not it is up to date; default when there is none.</summary>
    public TValue? Last(TKey key) => _memos.TryGetValue(key, out var memo) && memo.HasValue ? memo.Value : default;

    /// <summary>The problems reported by the value for <paramref name="key"/> and by everything it read.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> ProblemsOf(TKey key) => _memos.TryGetValue(key, out var memo) ? memo.Problems : [];

    /// <summary>Forgets every key not in <paramref name="keep"/>, so removed files do not stay in memory.</summary>
    public void Retain(IReadOnlySet<TKey> keep)
    {
        if (_memos.Count <= keep.Count && _memos.Keys.All(keep.Contains)) return;
        foreach (var key in _memos.Keys.Where(k => !keep.Contains(k)).ToList()) _memos.TryRemove(key, out _);
    }

    internal Memo MemoOf(TKey key) => _memos.GetOrAdd(key, static (k, query) => new Memo(query, k), this);

    internal Memo Fresh(QueryStore current, TKey key, TArg arg)
    {
        var memo = MemoOf(key);
        if (!memo.TryReuse(current, arg)) memo.Refresh(current, arg);
        return memo;
    }

    /// <summary>One key's value with what it read.</summary>
    internal sealed class Memo(Query<TKey, TArg, TValue> query, TKey key) : Node
    {
        // What one computation made and read, replaced as a whole, so a check without the lock sees one computation's parts.
        private sealed record State(TValue Value, Node[] Reads, TArg Arg);

        private static readonly bool HasArgument = typeof(TArg) != typeof(NoArgument);

        // Computations lock the memo itself (nothing else does): a lock object of its own would be one more object for
        // every value of every page.
        private volatile State? _state;
        private int _verifiedAt;

        public TValue Value => _state!.Value;

        public bool HasValue => _state is not null;

        public override bool Eager => query._eager;

        public override bool IsVerified(int revision) => !Stale && _state is not null;

        /// <summary>
        /// Checked by a value that read it. A value with an argument is computed only when asked with its argument:
        /// when something it read changed, it counts as changed, and the reader, computed again, asks it anew.
        /// </summary>
        public override void Refresh(QueryStore store)
        {
            if (!HasArgument)
            {
                Refresh(store, _state is { } state ? state.Arg : default!);
                return;
            }
            if (TryReuse(store, _state!.Arg)) return;
            lock (this) ChangedAt = store.Revision;
        }

        /// <summary>True when the value is up to date for <paramref name="arg"/> without computing it again.</summary>
        public bool TryReuse(QueryStore store, TArg arg)
        {
            if (KnownFresh(store.Revision, arg)) return true;
            lock (this)
            {
                if (_state is not { } state || !query._arguments.Equals(state.Arg, arg)) return false;
                if (!Stale && _verifiedAt == store.Revision) return true;
                if (!Checkable(store) || !ReadsUnchanged(store, state)) return false;
                Stale = false;
                Volatile.Write(ref _verifiedAt, store.Revision);
                return true;
            }
        }

        // A value checked earlier in this revision and marked stale since cannot tell, by revisions, a read that
        // changed after it was checked from one that changed before: it is computed again.
        private bool Checkable(QueryStore store) => !(Stale && _verifiedAt == store.Revision);

        public void Refresh(QueryStore store, TArg arg)
        {
            if (KnownFresh(store.Revision, arg)) return;
            lock (this)
            {
                var state = _state;
                var sameArg = state is not null && query._arguments.Equals(state.Arg, arg);
                if (sameArg && !Stale && _verifiedAt == store.Revision) return;
                if (sameArg && Checkable(store) && ReadsUnchanged(store, state!))
                {
                    Stale = false;
                    Volatile.Write(ref _verifiedAt, store.Revision);
                    return;
                }
                var context = new QueryContext(store);
                var value = query._compute(context, key, arg);
                var problems = context.Problems();
                var same = state is not null && query._values.Equals(state.Value, value) && problems.SequenceEqual(Problems);
                if (!same) ChangedAt = store.Revision;
                Problems = problems;
                var reads = context.Reads();
                ReadBy(reads, state?.Reads);
                _state = new State(same ? state!.Value : value, reads, arg);
                Stale = false;
                Volatile.Write(ref _verifiedAt, store.Revision);
            }
        }

        // Without a lock: true when the value was checked in this revision, or when nothing it read changed since it
        // was (a change marks every value that read the changed one stale).
        private bool KnownFresh(int revision, TArg arg)
        {
            if (Stale || _state is not { } state || !query._arguments.Equals(state.Arg, arg)) return false;
            if (Volatile.Read(ref _verifiedAt) != revision) Volatile.Write(ref _verifiedAt, revision);
            return true;
        }

        // Registers this value as a reader of what it read for the first time, and places it above all of it. A
        // height never goes down: a value that read less this time (an early return) may read all of it again next
        // time, and must still come after it.
        private void ReadBy(Node[] reads, Node[]? before)
        {
            var height = Height;
            var known = before is { Length: > 0 } ? new HashSet<Node>(before, ReferenceEqualityComparer.Instance) : null;
            foreach (var read in reads)
            {
                height = Math.Max(height, read.Height + 1);
                if (known is null || !known.Contains(read)) read.AddReader(this);
            }
            Height = height;
        }

        private bool ReadsUnchanged(QueryStore store, State state)
        {
            foreach (var read in state.Reads)
            {
                if (!read.IsVerified(store.Revision)) read.Refresh(store);
                if (read.ChangedAt > _verifiedAt) return false;
            }
            return true;
        }
    }
}
