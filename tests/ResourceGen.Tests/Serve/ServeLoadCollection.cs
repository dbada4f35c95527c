namespace ResourceGen.Tests.Serve;

/// <summary>
/// The serve load tests run alone, after the other tests: they open hundreds of connections and compare the
/// process's managed heap before and after, which other tests running beside them would disturb.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServeLoadCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Serve load";
}
