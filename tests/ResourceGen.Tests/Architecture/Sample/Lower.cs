namespace ResourceGen.Tests.Architecture.Sample.Lower;

/// <summary>The other half of the deliberate cycle: Lower uses Upper only inside a method body, in a lambda.</summary>
public sealed class LowerPart
{
    /// <summary>Counts the pages made by a lambda, so the only use of Upper is in compiler-made code.</summary>
    public static int Count(int n) => Enumerable.Range(0, n).Select(_ => new Upper.UpperPage()).Count();
}
