using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>The kind of value a front-matter key holds; each kind reads and checks its own YAML.</summary>
public abstract class FieldKind
{
    /// <summary>Reads the value, or reports a problem through <paramref name="context"/> and returns null.</summary>
    public abstract object? Read(YamlNode node, FieldReadContext context);

    /// <summary>Reads a single scalar's text, reporting anything else as the wrong type.</summary>
    protected static string? ScalarText(YamlNode node, FieldReadContext context, string expected)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        context.WrongType(node, expected);
        return null;
    }
}
