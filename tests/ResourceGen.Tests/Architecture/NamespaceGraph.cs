using System.Reflection;
using System.Reflection.Emit;

namespace ResourceGen.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code: base types, interfaces, fields,
/// properties, method signatures, attributes, generic arguments, and every type, method and field a method body
/// names. Compiler-made types (lambdas, iterators, async state machines) are nested in the type they came from, so
/// they count for its namespace.
/// </summary>
public sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private readonly Dictionary<(string From, string To), string> _examples = [];

    /// <summary>The namespaces, each with the namespaces it uses (itself left out).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; }

    private NamespaceGraph(Dictionary<string, HashSet<string>> edges) =>
        Edges = edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value, StringComparer.Ordinal);

    /// <summary>One use that makes <paramref name="from"/> depend on <paramref name="to"/>, e.g. "Page.Anchors uses Security.PolicySource".</summary>
    public string Example(string from, string to) => _examples.GetValueOrDefault((from, to), "");

    /// <summary>Reads the namespace graph of <paramref name="assembly"/>'s own types.</summary>
    public static NamespaceGraph Of(Assembly assembly)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var examples = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            var from = type.Namespace ?? "";
            if (!edges.ContainsKey(from)) edges[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsesOf(type))
            {
                foreach (var part in Flatten(used))
                {
                    if (part.Assembly != assembly || part.Namespace is not { } to || to == from) continue;
                    if (edges[from].Add(to)) examples[(from, to)] = $"{type.FullName} uses {part.FullName}";
                }
            }
        }
        var graph = new NamespaceGraph(edges);
        foreach (var (key, example) in examples) graph._examples[key] = example;
        return graph;
    }

    private static IEnumerable<Type> UsesOf(Type type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var a in type.GetCustomAttributesData()) yield return a.AttributeType;
        foreach (var field in type.GetFields(Declared)) yield return field.FieldType;
        foreach (var property in type.GetProperties(Declared)) yield return property.PropertyType;
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            foreach (var a in method.GetCustomAttributesData()) yield return a.AttributeType;
            foreach (var used in BodyUses(method)) yield return used;
        }
    }

    /// <summary>The types a method body names: its locals and the operands of its instructions.</summary>
    private static IEnumerable<Type> BodyUses(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                if (member is Type t) yield return t;
                else if (member is not null)
                {
                    if (member.DeclaringType is { } declaring) yield return declaring;
                    if (member is FieldInfo f) yield return f.FieldType;
                    if (member is MethodInfo m) { yield return m.ReturnType; foreach (var g in m.IsGenericMethod ? m.GetGenericArguments() : []) yield return g; }
                    if (member is MethodBase b) foreach (var p in b.GetParameters()) yield return p.ParameterType;
                }
            }
            at += OperandSize(code, il, at);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    /// <summary>A type with the types it is made of: element types and generic arguments.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType) { foreach (var t in Flatten(type.GetElementType()!)) yield return t; yield break; }
        if (type.IsGenericParameter) yield break;
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) foreach (var t in Flatten(argument)) yield return t;
    }
}
