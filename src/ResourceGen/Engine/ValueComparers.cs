namespace ResourceGen.Engine;

/// <summary>Comparers that tell a value computed again from the last one, for the inputs and queries of a site.</summary>
internal static class ValueComparers
{
    /// <summary>Byte arrays by content; null for a file that is missing.</summary>
    public static readonly IEqualityComparer<byte[]?> Bytes = new Comparer<byte[]?>((a, b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.AsSpan().SequenceEqual(b)));

    /// <summary>Values equal when <paramref name="equals"/> says so.</summary>
    public static IEqualityComparer<T> By<T>(Func<T, T, bool> equals) => new Comparer<T>(equals);

    /// <summary>Lists element by element, with the elements' own equality.</summary>
    public static IEqualityComparer<IReadOnlyList<T>> Sequence<T>() => SequenceComparer<T>.Instance;

    /// <summary>The very same object only: for values that are new whenever they are computed again.</summary>
    public static IEqualityComparer<T> Reference<T>() where T : class? => ReferenceComparer<T>.Instance;

    private sealed class Comparer<T>(Func<T, T, bool> equals) : IEqualityComparer<T>
    {
        public bool Equals(T? x, T? y) => equals(x!, y!);

        public int GetHashCode(T obj) => throw new NotSupportedException("values are compared, never hashed");
    }

    private sealed class SequenceComparer<T> : IEqualityComparer<IReadOnlyList<T>>
    {
        public static readonly SequenceComparer<T> Instance = new();

        public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y));

        public int GetHashCode(IReadOnlyList<T> obj) => throw new NotSupportedException("values are compared, never hashed");
    }

    private sealed class ReferenceComparer<T> : IEqualityComparer<T> where T : class?
    {
        public static readonly ReferenceComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
