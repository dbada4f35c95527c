namespace ResourceGen.Incremental;

/// <summary>
/// Values that output generators make from model objects (a page's render request, a list's pages), kept from one
/// build to the next while they are made from the very same objects. The model builder reuses every object that
/// did not change, so an edit costs work only for the objects it replaced. A value not asked for in a build is
/// forgotten after it. Thread-safe.
/// </summary>
internal sealed class DerivedValues
{
    private sealed record Made(object? Extra, object? Value);

    private readonly Lock _lock = new();
    private Dictionary<(Delegate Make, object Source), Made> _last = new(KeyComparer.Instance);
    private Dictionary<(Delegate Make, object Source), Made> _current = new(KeyComparer.Instance);

    /// <summary>Starts a build: what the last build made stays available, anything older is dropped.</summary>
    public void Begin()
    {
        lock (_lock)
        {
            (_last, _current) = (_current, _last);
            _current.Clear();
        }
    }

    /// <summary>
    /// <paramref name="make"/> of <paramref name="source"/> and <paramref name="extra"/>: what it returned last build
    /// when both are the same objects as then, else made now.
    /// </summary>
    public T Get<TSource, TExtra, T>(TSource source, TExtra extra, Func<TSource, TExtra, T> make) where TSource : class =>
        Get(source, extra, make, static (s, e, m) => m(s, e));

    private T Get<TSource, TExtra, TMake, T>(TSource source, TExtra extra, TMake make, Func<TSource, TExtra, TMake, T> call)
        where TSource : class where TMake : Delegate
    {
        var key = ((Delegate)make, (object)source);
        Made? made;
        lock (_lock)
        {
            if (_last.TryGetValue(key, out made) && ReferenceEquals(made.Extra, extra))
            {
                _current[key] = made;
                return (T)made.Value!;
            }
        }
        made = new Made(extra, call(source, extra, make));
        lock (_lock) _current[key] = made;
        return (T)made.Value!;
    }

    /// <summary><paramref name="make"/> of <paramref name="source"/>: what it returned last build for the same object, else made now.</summary>
    public T Get<TSource, T>(TSource source, Func<TSource, T> make) where TSource : class => Get(source, (object?)null, make, static (s, _, m) => m(s));

    // Delegates by their method (a lambda is a new delegate object each time it is converted), sources by identity.
    private sealed class KeyComparer : IEqualityComparer<(Delegate Make, object Source)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((Delegate Make, object Source) x, (Delegate Make, object Source) y) =>
            ReferenceEquals(x.Source, y.Source) && x.Make.Method == y.Make.Method;

        public int GetHashCode((Delegate Make, object Source) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Source), key.Make.Method.MethodHandle.Value);
    }
}
