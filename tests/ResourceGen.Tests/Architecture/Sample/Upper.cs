namespace ResourceGen.Tests.Architecture.Sample.Upper;

/// <summary>Half of a deliberate namespace cycle, for the test that the graph reader sees one: Upper uses Lower in a signature.</summary>
public sealed class UpperPage
{
    /// <summary>A field typed with the other namespace.</summary>
    public Lower.LowerPart? Part { get; init; }
}
