using ResourceGen.Diagnostics;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>
/// The content types of a site, in the order menus show them: the built-in ones (defined in <c>BuiltInTypes.yml</c>)
/// and those the site adds under <c>types:</c> in site.yml, in the same form.
/// </summary>
internal sealed class ContentTypes
{
    private const string BuiltInResource = "ResourceGen.Schema.BuiltInTypes.yml";

    private static readonly IReadOnlyList<ContentTypeDefinition> BuiltInDefinitions = ReadBuiltIn();

    /// <summary>The built-in types alone: article, activity and checklist.</summary>
    public static ContentTypes BuiltIn { get; } = new(BuiltInDefinitions);

    private ContentTypes(IReadOnlyList<ContentTypeDefinition> definitions)
    {
        var names = definitions.Select(d => d.Name).ToList();
        All = definitions.Select(d => Make(d, CommonFields.For(names))).ToList();
        TypeField = (ChoiceField)All[0].Rule("type")!.Kind;
        AllKeys = All.SelectMany(t => t.Fields).Select(f => f.Key).Distinct().ToList();
        Named = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    private ContentTypes(IReadOnlyList<ContentType> all, ChoiceField typeField, IReadOnlyList<string> allKeys)
    {
        All = all;
        TypeField = typeField;
        AllKeys = allKeys;
        Named = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The same types with the names <paramref name="retitle"/> gives them, as another language shows them.</summary>
    public ContentTypes Retitled(Func<ContentType, ContentType> retitle) => new([.. All.Select(retitle)], TypeField, AllKeys);

    /// <summary>The types by name, for templates (<c>site.types[kind]</c> is null on pages that are not resources).</summary>
    public IReadOnlyDictionary<string, ContentType> Named { get; }

    /// <summary>All types, in the order menus show them.</summary>
    public IReadOnlyList<ContentType> All { get; }

    /// <summary>The <c>type</c> key: one of the type names.</summary>
    public ChoiceField TypeField { get; }

    /// <summary>Every key any type knows, for "did you mean" hints.</summary>
    public IReadOnlyList<string> AllKeys { get; }

    /// <summary>The type named <paramref name="name"/> (the <c>type</c> key), or null.</summary>
    public ContentType? ByName(string name) => Named.GetValueOrDefault(name);

    /// <summary>The type whose folder is <paramref name="section"/>, or null.</summary>
    public ContentType? BySection(string section) => All.FirstOrDefault(t => t.Section == section);

    /// <summary>
    /// The built-in types and those of <paramref name="types"/> (the <c>types:</c> section of site.yml, or null);
    /// a definition with an error is left out after it is reported, and <paramref name="failed"/> is set.
    /// </summary>
    public static ContentTypes WithSiteTypes(YamlNode? types, string file, DiagnosticBag diagnostics, ref bool failed)
    {
        if (types is null || YamlValue.IsNull(types)) return BuiltIn;
        var reader = new ContentTypeReader(file, diagnostics);
        var added = reader.Read(types, BuiltInDefinitions);
        failed |= reader.HasErrors;
        return added.Count == 0 ? BuiltIn : new ContentTypes([.. BuiltInDefinitions, .. added]);
    }

    // A common key a type names keeps its place and kind; the type's own keys follow the common ones.
    private static ContentType Make(ContentTypeDefinition definition, FieldRule[] common)
    {
        var byKey = definition.Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var fields = common
            .Select(rule => byKey.TryGetValue(rule.Key, out var change)
                ? rule with { Required = rule.Required || change.Required, Description = change.Description ?? rule.Description }
                : rule)
            .Concat(definition.Fields.Where(f => f.Kind is not null).Select(f => new FieldRule(f.Key, f.Kind!, f.Required, f.Description ?? "")))
            .ToList();
        return new ContentType(definition.Name, definition.Folder, definition.Title, definition.SingularTitle, fields) { Features = definition.Features };
    }

    private static IReadOnlyList<ContentTypeDefinition> ReadBuiltIn()
    {
        using var stream = typeof(ContentTypes).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"the resource {BuiltInResource} is missing from the assembly");
        var text = new StreamReader(stream).ReadToEnd();
        var diagnostics = new DiagnosticBag();
        var parsed = YamlDocumentParser.Parse(text);
        var reader = new ContentTypeReader("BuiltInTypes.yml", diagnostics);
        var definitions = parsed.Root is { } root ? reader.Read(root, []) : [];
        if (parsed.Root is null || reader.HasErrors || diagnostics.Count > 0)
            throw new InvalidOperationException($"the built-in content types do not read: {parsed.ErrorMessage}{string.Join("; ", diagnostics.Sorted().Select(d => d.Message))}");
        return definitions;
    }
}
