using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ResourceGen.Templating;

/// <summary>Scriban's member access for one type, passed through unchanged while every read goes to <see cref="RenderReads"/>.</summary>
internal sealed class RecordingAccessor(IObjectAccessor inner, RenderReads reads) : IObjectAccessor
{
    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target)
    {
        reads.Member(target, RenderReads.AllMembers);
        return inner.GetMemberCount(context, span, target);
    }

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
    {
        reads.Member(target, RenderReads.AllMembers);
        return inner.GetMembers(context, span, target);
    }

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member)
    {
        reads.Member(target, member);
        return inner.HasMember(context, span, target, member);
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        reads.Member(target, member);
        return inner.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        reads.Member(target, RenderReads.AllMembers);
        return inner.TryGetItem(context, span, target, index, out value);
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);
}
