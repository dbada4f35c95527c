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
internal sealed class Query<TKey, TArg, TValue>(
    QueryStore store,
    Func<QueryContext, TKey, TArg, TValue> compute,
    IEqualityComparer<TValue>? values = null,
    IEqualityComparer<TArg>? arguments = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Memo> _memos = new();
    private readonly Func<QueryContext, TKey, TArg, TValue> _compute = compute;
    private readonly IEqualityComparer<TValue> _values = values ?? EqualityComparer<TValue>.Default;
    private readonly IEqualityComparer<TArg> _arguments = arguments ?? EqualityComparer<TArg>.Default;

    /// <summary>The value for <paramref name="key"/>, computed in this revision if need be.</summary>
    public TValue Get(TKey key, TArg arg) => Fresh(store, key, arg).Value;

    /// <summary>The last value computed for <paramref name="key"/>, whether or not it is up to date; default when there is none.</summary>
    public TValue? Last(TKey key) => _memos.TryGetValue(key, out var memo) ? memo.Value : default;

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
        private readonly Lock _gate = new();
        private Node[] _reads = [];
        private TArg _arg = default!;
        private bool _computed;
        private int _verifiedAt;

        public TValue Value { get; private set; } = default!;

        public override void Refresh(QueryStore store) => Refresh(store, _arg);

        /// <summary>True when the value is up to date for <paramref name="arg"/> without computing it again.</summary>
        public bool TryReuse(QueryStore store, TArg arg)
        {
            if (!_computed || !query._arguments.Equals(_arg, arg)) return false;
            if (Volatile.Read(ref _verifiedAt) == store.Revision) return true;
            lock (_gate)
            {
                if (_verifiedAt == store.Revision) return true;
                if (!ReadsUnchanged(store)) return false;
                _verifiedAt = store.Revision;
                return true;
            }
        }

        public void Refresh(QueryStore store, TArg arg)
        {
            lock (_gate)
            {
                var sameArg = _computed && query._arguments.Equals(_arg, arg);
                if (sameArg && _verifiedAt == store.Revision) return;
                if (sameArg && ReadsUnchanged(store))
                {
                    _verifiedAt = store.Revision;
                    return;
                }
                var context = new QueryContext(store);
                var value = query._compute(context, key, arg);
                (_reads, _arg) = (context.Reads(), arg);
                var problems = context.Diagnostics.ToList();
                if (!_computed || !query._values.Equals(Value, value) || !problems.SequenceEqual(Problems))
                {
                    Value = value;
                    ChangedAt = store.Revision;
                }
                Problems = problems;
                _computed = true;
                Volatile.Write(ref _verifiedAt, store.Revision);
            }
        }

        private bool ReadsUnchanged(QueryStore store)
        {
            foreach (var read in _reads)
            {
                read.Refresh(store);
                if (read.ChangedAt > _verifiedAt) return false;
            }
            return true;
        }
    }
}
