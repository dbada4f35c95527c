using ResourceGen.Diagnostics;

namespace ResourceGen.Engine;

/// <summary>
/// What one computation of a query sees: the inputs and queries it reads, each recorded as a dependency, and a
/// <see cref="DiagnosticBag"/> for the problems it finds. Used by the one thread that runs the computation.
/// </summary>
internal sealed class QueryContext(QueryStore store)
{
    private readonly List<Node> _reads = [];

    /// <summary>The store this computation runs in.</summary>
    public QueryStore Store => store;

    private DiagnosticBag? _diagnostics;

    /// <summary>Where the computation reports problems.</summary>
    public DiagnosticBag Diagnostics => LazyInitializer.EnsureInitialized(ref _diagnostics);

    /// <summary>The problems reported so far.</summary>
    public IReadOnlyList<Diagnostic> Problems() => _diagnostics?.ToList() ?? [];

    /// <summary>What the computation read, in order; nothing when the store keeps no history.</summary>
    public Node[] Reads() => store.KeepsHistory ? [.. _reads] : [];

    /// <summary>Records a dependency on <paramref name="node"/>, such as a member of a tracked object.</summary>
    public void Depend(Node node) => _reads.Add(node);

    /// <summary>Reads an input.</summary>
    public T Read<T>(Input<T> input)
    {
        _reads.Add(input);
        return input.Value;
    }

    /// <summary>
    /// Reads an input that no computation reads after this one. A store that keeps no history is asked once, so it does
    /// not keep the value after this read: a one-off build need not hold every file's bytes to its end.
    /// </summary>
    public T ReadOnce<T>(Input<T> input)
    {
        var value = Read(input);
        if (!store.KeepsHistory) input.Forget();
        return value;
    }

    /// <summary>Asks <paramref name="query"/> for <paramref name="key"/>; the problems it reported become this computation's too.</summary>
    public TValue Get<TKey, TArg, TValue>(Query<TKey, TArg, TValue> query, TKey key, TArg arg) where TKey : notnull
    {
        var node = query.Fresh(store, key, arg);
        _reads.Add(node);
        if (node.Problems.Count > 0) Diagnostics.AddRange(node.Problems);
        return node.Value;
    }

    /// <summary>Asks <paramref name="query"/> for <paramref name="key"/>.</summary>
    public TValue Get<TKey, TValue>(Query<TKey, NoArgument, TValue> query, TKey key) where TKey : notnull => Get(query, key, default);

    /// <summary>
    /// Asks <paramref name="query"/> for the value of every key, in parallel where more than one must be computed;
    /// the problems they reported become this computation's too.
    /// </summary>
    public TValue[] GetAll<TKey, TArg, TValue>(Query<TKey, TArg, TValue> query, IReadOnlyList<(TKey Key, TArg Arg)> keys) where TKey : notnull
    {
        var nodes = new Query<TKey, TArg, TValue>.Memo[keys.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = query.MemoOf(keys[i].Key);
        // Checking is cheap and done in order; only the values that must be computed are spread over the cores.
        var stale = new List<int>();
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!nodes[i].TryReuse(store, keys[i].Arg)) stale.Add(i);
        }
        if (stale.Count == 1) nodes[stale[0]].Refresh(store, keys[stale[0]].Arg);
        else if (stale.Count > 1) Parallel.ForEach(stale, i => nodes[i].Refresh(store, keys[i].Arg));
        var values = new TValue[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            _reads.Add(nodes[i]);
            values[i] = nodes[i].Value;
            if (nodes[i].Problems.Count > 0) Diagnostics.AddRange(nodes[i].Problems);
        }
        return values;
    }

    /// <summary>Same as <see cref="GetAll{TKey, TArg, TValue}"/> for a query without an argument.</summary>
    public TValue[] GetAll<TKey, TValue>(Query<TKey, NoArgument, TValue> query, IReadOnlyList<TKey> keys) where TKey : notnull =>
        GetAll(query, keys.Select(k => (k, default(NoArgument))).ToList());

}

/// <summary>The argument of a query that has none.</summary>
internal readonly record struct NoArgument;
