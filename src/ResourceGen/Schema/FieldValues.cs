namespace ResourceGen.Schema;

/// <summary>Compares field values as their kinds read them: lists item by item, other values by value.</summary>
internal static class FieldValues
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same value.</summary>
    public static bool Same(object? a, object? b) => a is IReadOnlyList<string> left && b is IReadOnlyList<string> right
        ? left.SequenceEqual(right, StringComparer.Ordinal)
        : Equals(a, b);
}
