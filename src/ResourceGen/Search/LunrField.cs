namespace ResourceGen.Search;

/// <summary>A field of the index and the boost its term weights are multiplied by.</summary>
/// <param name="Name">The field's name, as queries write it (<c>title:calm</c>).</param>
/// <param name="Boost">The field boost (lunr's <c>field(name, {boost})</c>).</param>
internal sealed record LunrField(string Name, double Boost = 1);
