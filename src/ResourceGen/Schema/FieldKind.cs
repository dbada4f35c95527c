using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>
/// The kind of value a front-matter key holds; each kind reads and checks its own YAML. Kinds are equal when they are
/// of the same class with the same settings, so the types of two readings of the same site.yml are equal.
/// </summary>
internal abstract class FieldKind
{
    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj) || (obj is FieldKind other && other.GetType() == GetType() && SameSettings(other));

    /// <inheritdoc />
    public sealed override int GetHashCode() => GetType().GetHashCode();

    /// <summary>True when <paramref name="other"/>, of the same class, has the same settings (bounds, allowed values).</summary>
    protected virtual bool SameSettings(FieldKind other) => true;

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
