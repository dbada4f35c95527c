using ResourceGen.Model;
using ResourceGen.Schema;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ResourceGen.Templating;

/// <summary>
/// Member access for a page or a section that also finds a type's data by its own name: <c>page.age</c> is
/// <c>page.fields.age</c> (a field of the page's type that no page member shadows), and <c>section.skills</c> is the
/// <c>skills</c> of one of <c>section.features</c>. Themes written before types were data read them so. The real
/// member is read through <paramref name="inner"/>, so the live preview records that the page read it.
/// </summary>
internal sealed class FieldShorthandAccessor(IObjectAccessor inner) : IObjectAccessor
{
    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        inner.HasMember(context, span, target, member) || TryShorthand(context, span, target, member, out _);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        inner.TryGetValue(context, span, target, member, out value) || TryShorthand(context, span, target, member, out value);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => inner.TrySetItem(context, span, target, index, value);

    private bool TryShorthand(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        switch (target)
        {
            case Page page when !CommonFields.IsCommon(member) && page.ContentType.Rule(member) is not null:
                inner.TryGetValue(context, span, target, "fields", out _);
                value = page.Fields.GetValueOrDefault(member);
                return true;
            case Section section:
                inner.TryGetValue(context, span, target, "features", out _);
                foreach (var data in section.Features.Values)
                {
                    if (data is bool || context.GetMemberAccessor(data) is not { } accessor || !accessor.HasMember(context, span, data, member)) continue;
                    return accessor.TryGetValue(context, span, data, member, out value);
                }
                return false;
            default:
                return false;
        }
    }
}
