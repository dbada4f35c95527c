using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ResourceGen.Templating;

/// <summary>
/// Scriban's member access for a .NET class (a page, a tag, a pager), reading properties through compiled delegates
/// instead of reflection: templates read thousands of members per page. Everything else (member names, fields,
/// indexers, writes) is left to Scriban's own accessor, so templates see exactly the same members.
/// </summary>
internal sealed class CompiledObjectAccessor : IObjectAccessor
{
    private static readonly MethodInfo MakeGetterMethod = typeof(CompiledObjectAccessor).GetMethod(nameof(MakeGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly IObjectAccessor _inner;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private CompiledObjectAccessor(IObjectAccessor inner, Dictionary<string, Func<object, object?>> getters) => (_inner, _getters) = (inner, getters);

    /// <summary>Wraps <paramref name="inner"/>, Scriban's accessor for <paramref name="type"/>, whose members are named by <paramref name="renamer"/>.</summary>
    public static IObjectAccessor Wrap(IObjectAccessor inner, Type type, MemberRenamerDelegate renamer, TemplateContext context)
    {
        if (type.IsValueType) return inner;
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var property in declaring.GetProperties(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetMethod is not { IsPublic: true, IsStatic: false } getter || property.GetIndexParameters().Length > 0 || !CanBoxValue(property.PropertyType)) continue;
                var name = renamer(property) is { Length: > 0 } renamed ? renamed : property.Name;
                if (getters.ContainsKey(name) || !inner.HasMember(context, default, null!, name)) continue;
                getters[name] = (Func<object, object?>)MakeGetterMethod.MakeGenericMethod(declaring, property.PropertyType).Invoke(null, [getter])!;
            }
        }
        return new CompiledObjectAccessor(inner, getters);
    }

    private static bool CanBoxValue(Type type) => !type.IsByRefLike && !type.IsPointer && !type.IsByRef && !type.ContainsGenericParameters;

    private static Func<object, object?> MakeGetter<TTarget, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => read((TTarget)target);
    }

    public bool HasIndexer => _inner.HasIndexer;

    public Type? IndexType => _inner.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }
        return _inner.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => _inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => _inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => _inner.TrySetItem(context, span, target, index, value);
}
