namespace ResourceGen.Search;

/// <summary>A facet of the search page (type, audience, topic) and each document's values for it, in document order.</summary>
/// <param name="Name">The facet's key, e.g. <c>type</c>.</param>
/// <param name="Values">For each document of the index, its values.</param>
internal sealed record SearchFacetGroup(string Name, IReadOnlyList<IReadOnlyList<string>> Values);
