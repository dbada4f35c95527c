namespace ResourceGen.Schema;

/// <summary>A kind of resource (article, activity guide, checklist): its folder, URL section, template and keys.</summary>
/// <param name="Name">The value of the <c>type</c> key, e.g. <c>activity</c>; also the template name.</param>
/// <param name="Section">The folder under <c>content/</c> and the first URL segment, e.g. <c>activities</c>.</param>
/// <param name="Title">Plural name shown to readers, e.g. "Activity guides".</param>
/// <param name="SingularTitle">Singular name shown to readers, e.g. "Activity guide".</param>
/// <param name="Fields">Every key the type knows, common keys included.</param>
public sealed record ContentType(string Name, string Section, string Title, string SingularTitle, IReadOnlyList<FieldRule> Fields)
{
    /// <summary>The rule for <paramref name="key"/>, or null when the type does not know it.</summary>
    public FieldRule? Rule(string key) => Fields.FirstOrDefault(f => f.Key == key);
}
