namespace ResourceGen.Engine;

/// <summary>A value the driver sets from outside: a file's bytes, a folder's listing, an option.</summary>
internal sealed class Input<T>(IEqualityComparer<T> comparer, T initial) : Node
{
    /// <summary>The value as last set.</summary>
    public T Value { get; private set; } = initial;

    private readonly T _initial = initial;

    /// <summary>Sets the value; a value equal to the current one changes nothing, so nothing that read it is computed again.</summary>
    public void Set(QueryStore store, T value)
    {
        if (comparer.Equals(Value, value)) return;
        Value = value;
        ChangedAt = store.NextRevision();
        store.Changed(this);
    }

    /// <summary>Drops the value without starting a revision, for a store that will not be asked again.</summary>
    public void Forget() => Value = _initial;

    /// <inheritdoc />
    public override bool IsVerified(int revision) => true;

    /// <inheritdoc />
    public override void Refresh(QueryStore store) { }
}

/// <summary>Inputs by key, such as the bytes of each file by its path; a key never set reads as the initial value.</summary>
internal sealed class InputTable<TKey, T>(IEqualityComparer<T> comparer, T initial) where TKey : notnull
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TKey, Input<T>> _inputs = new();

    /// <summary>The input for <paramref name="key"/>.</summary>
    public Input<T> this[TKey key] => _inputs.GetOrAdd(key, _ => new Input<T>(comparer, initial));

    /// <summary>Sets the value for <paramref name="key"/>.</summary>
    public void Set(QueryStore store, TKey key, T value) => this[key].Set(store, value);
}
