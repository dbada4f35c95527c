using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ResourceGen.Tests.Architecture;

/// <summary>
/// The core library's public types are the ones the command uses and the ones those show in their public members;
/// everything else is internal, and the tests reach it through <c>InternalsVisibleTo</c>.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Core = typeof(SiteBuilder).Assembly;

    [Fact]
    public void Every_public_type_of_the_core_library_is_used_by_the_command_or_shown_by_one_that_is()
    {
        var needed = Exposed(TypesTheCommandNames());

        var extra = Core.GetExportedTypes().Where(t => !needed.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.True(extra.Count == 0, $"{extra.Count} public types of src/ResourceGen are not used by src/ResourceGen.Cli; make them internal:\n{string.Join("\n", extra)}");
    }

    [Fact]
    public void The_types_a_public_member_shows_count_as_needed_with_their_generic_arguments()
    {
        var needed = Exposed([typeof(BuildResult)]);

        Assert.Contains(typeof(ResourceGen.Output.OutputFile), needed);
        Assert.Contains(typeof(ResourceGen.Diagnostics.Diagnostic), needed);
        Assert.Contains(typeof(ResourceGen.Diagnostics.DiagnosticDescriptor), needed);
        Assert.DoesNotContain(typeof(SiteBuilder), needed);
    }

    // The command's type references that name a type of the core library.
    private static List<Type> TypesTheCommandNames()
    {
        using var stream = File.OpenRead(typeof(ResourceGen.Cli.CliApp).Assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return [.. reader.TypeReferences.Select(reader.GetTypeReference)
            .Select(r => Core.GetType($"{Name(reader, r)}", throwOnError: false))
            .OfType<Type>()];
    }

    private static string Name(MetadataReader reader, TypeReference type) => type.ResolutionScope.Kind == HandleKind.TypeReference
        ? $"{Name(reader, reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope))}+{reader.GetString(type.Name)}"
        : $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";

    // The core types reachable from the roots through public signatures: base types, interfaces, and the types of
    // public fields, properties, method parameters and results, generic arguments included.
    private static HashSet<Type> Exposed(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType && !type.IsGenericTypeDefinition) type = type.GetGenericTypeDefinition();
            if (type.Assembly != Core || !type.IsVisible || !seen.Add(type)) continue;
            foreach (var shown in Shown(type).SelectMany(Parts)) pending.Push(shown);
        }
        return seen;
    }

    private static IEnumerable<Type> Shown(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var face in type.GetInterfaces()) yield return face;
        if (type.DeclaringType is { } outer) yield return outer;
        foreach (var field in type.GetFields(flags)) yield return field.FieldType;
        foreach (var property in type.GetProperties(flags)) yield return property.PropertyType;
        foreach (var method in type.GetMethods(flags).Concat<MethodBase>(type.GetConstructors(flags)))
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
        }
    }

    private static IEnumerable<Type> Parts(Type type)
    {
        if (type.HasElementType) return Parts(type.GetElementType()!);
        if (!type.IsGenericType) return [type];
        return type.GetGenericArguments().SelectMany(Parts).Prepend(type.GetGenericTypeDefinition());
    }
}
