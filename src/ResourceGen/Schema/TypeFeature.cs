using ResourceGen.Diagnostics;

namespace ResourceGen.Schema;

/// <summary>
/// A named behaviour a content type turns on with <c>features: [...]</c>. Templates ask for it by name
/// (<c>page.features.print</c>, <c>section.features.activity_filter</c>); a feature may also check a page's body and
/// give its type's list page data. Adding one is a class and a line in <see cref="TypeFeatures"/>.
/// </summary>
internal abstract class TypeFeature
{
    /// <summary>The name a type lists under <c>features:</c>, e.g. <c>checklist</c>.</summary>
    public abstract string Name { get; }

    /// <summary>What turning it on does, in plain words, for the README.</summary>
    public abstract string Description { get; }

    /// <summary>The fields of a page that <see cref="SectionData"/> reads; a page whose values of these are unchanged leaves the list page's data as it was.</summary>
    public virtual IReadOnlyList<string> SectionFields => [];

    /// <summary>What the type's list page sees as <c>section.features.&lt;name&gt;</c>, from the field values of its pages (newest first).</summary>
    public virtual object SectionData(IReadOnlyList<IReadOnlyDictionary<string, object?>> pageFields) => true;

    /// <summary>Why a type with <paramref name="fields"/> (its own, as defined) cannot turn the feature on, or null when it can.</summary>
    public virtual string? Unusable(IReadOnlyList<FieldDefinition> fields) => null;

    /// <summary>Reports a page whose rendered body breaks the feature's rule.</summary>
    public virtual void CheckBody(BodyFacts body, DiagnosticBag diagnostics)
    {
    }
}

/// <summary>What a feature may check of a page's rendered body.</summary>
/// <param name="File">The content file, relative to the site folder.</param>
/// <param name="BodyFirstLine">The file line the body starts on.</param>
/// <param name="Type">The page's type.</param>
/// <param name="ChecklistItems">How many task-list items the body has.</param>
internal sealed record BodyFacts(string File, int BodyFirstLine, ContentType Type, int ChecklistItems);
