using ResourceGen.Schema;

namespace ResourceGen.Authoring;

/// <summary>What an archetype is filled in with when <c>resourcegen new</c> creates a resource.</summary>
/// <param name="Title">The title as the author typed it.</param>
/// <param name="Slug">The slug made from the title, also the file name.</param>
/// <param name="Date">Today.</param>
/// <param name="Type">The content type.</param>
/// <param name="RequiredKeys">The keys a page of the type must have on this site.</param>
/// <param name="Tags">The site's tag vocabulary, or empty when any tag is allowed.</param>
internal sealed record ArchetypeValues(string Title, string Slug, DateOnly Date, ContentType Type, IReadOnlySet<string> RequiredKeys, IReadOnlyList<TagDefinition> Tags);
