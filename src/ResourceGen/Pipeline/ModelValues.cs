using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using ResourceGen.Model;
using Scriban.Runtime;

namespace ResourceGen.Pipeline;

/// <summary>
/// Compares values of the site model the way a template sees them: keyed objects (<see cref="ModelKeys"/>) by key,
/// since their members are compared on their own; lists element by element; other objects member by member.
/// </summary>
internal static class ModelValues
{
    private static readonly ConcurrentDictionary<Type, Member[]> MembersByType = new();
    private static readonly ConcurrentDictionary<Type, Member[]> StateByType = new();

    /// <summary>A public member as templates name it (<c>reading_time</c>) with a fast getter.</summary>
    /// <param name="Name">The member's name in templates.</param>
    /// <param name="Get">Reads the member.</param>
    /// <param name="Stored">True for an auto-property, whose value is kept in the object rather than computed.</param>
    public sealed record Member(string Name, Func<object, object?> Get, bool Stored);

    /// <summary>True when a template could not tell <paramref name="a"/> from <paramref name="b"/>.</summary>
    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (ModelKeys.SameKey(a, b) is { } sameKey) return sameKey;
        var type = a.GetType();
        if (type != b.GetType()) return false;
        if (a is string text) return text == (string)b;
        if (a is IEnumerable items) return SameSequence(items, (IEnumerable)b, Same);
        if (type.IsValueType && !IsKeyValuePair(type)) return a.Equals(b);
        foreach (var member in StateOf(type))
        {
            if (!Same(member.Get(a), member.Get(b))) return false;
        }
        return true;
    }

    private static readonly ConcurrentDictionary<Type, Dictionary<string, Member>> MembersByName = new();

    /// <summary>The member of <paramref name="type"/> that templates call <paramref name="name"/>, or null.</summary>
    public static Member? MemberNamed(Type type, string name) =>
        MembersByName.GetOrAdd(type, static t => MembersOf(t).ToDictionary(m => m.Name, StringComparer.Ordinal)).GetValueOrDefault(name);

    /// <summary>True when every member of <paramref name="a"/> and <paramref name="b"/> is <see cref="Same"/>, as a template listing all members sees them.</summary>
    public static bool SameMembers(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        if (a is ScriptObject left && b is ScriptObject right)
            return left.Count == right.Count && left.Keys.All(k => right.TryGetValue(k, out var value) && Same(left[k], value));
        return MembersOf(a.GetType()).All(member => Same(member.Get(a), member.Get(b)));
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> hold the very same objects: every member the same
    /// object or an equal value, lists element by element. Model objects never change, so anything made of one is then
    /// made of the other too.
    /// </summary>
    public static bool SameParts(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        return StateOf(a.GetType()).All(member => SamePart(member.Get(a), member.Get(b)));
    }

    private static bool SamePart(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is string || a.GetType().IsValueType) return a.Equals(b);
        return a is IEnumerable left && b is IEnumerable right && SameSequence(left, right, SamePart);
    }

    /// <summary>The public instance properties of <paramref name="type"/>, named as Scriban names them.</summary>
    public static Member[] MembersOf(Type type) => MembersByType.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
        .Select(p => new Member(StandardMemberRenamer.Default(p), Getter(t, p), t.GetField($"<{p.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null))
        .ToArray());

    // When every field of a type backs an auto-property, the other properties (a pager's window of page links) are
    // computed from those, so comparing the auto-properties is enough, and much cheaper.
    private static Member[] StateOf(Type type) => StateByType.GetOrAdd(type, static t =>
    {
        var fields = t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        var stored = MembersOf(t).Where(m => m.Stored).ToArray();
        return t.BaseType == typeof(object) && stored.Length > 0 && stored.Length == fields.Length ? stored : MembersOf(t);
    });

    private static bool SameSequence(IEnumerable a, IEnumerable b, Func<object?, object?, bool> same)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext()) return false;
            if (!hasLeft) return true;
            if (!same(left.Current, right.Current)) return false;
        }
    }

    private static bool IsKeyValuePair(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(target, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }
}
