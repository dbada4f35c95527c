using ResourceGen.Diagnostics;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>A URL slug (<c>slug</c>, <c>comments_id</c>): lowercase letters, digits and hyphens only, so it can never name a path outside its folder.</summary>
internal sealed class SlugField : FieldKind
{
    /// <inheritdoc />
    public override object? Read(YamlNode node, FieldReadContext context)
    {
        var text = ScalarText(node, context, "text")?.Trim();
        if (text is null) return null;
        if (Slugifier.IsValid(text)) return text;
        var suggestion = Slugifier.Slugify(text);
        context.Error(DiagnosticCodes.InvalidSlug, node,
            $"'{context.Key}' '{text}' may only hold lowercase letters a-z, digits and '-'" + (suggestion.Length > 0 ? $"; try '{suggestion}'" : ""));
        return null;
    }
}
