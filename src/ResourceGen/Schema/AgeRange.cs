namespace ResourceGen.Schema;

/// <summary>An age range in years, e.g. 3–6.</summary>
/// <param name="Min">Youngest age in years.</param>
/// <param name="Max">Oldest age in years.</param>
internal sealed record AgeRange(int Min, int Max)
{
    /// <summary>Shown to readers: "3–6" or "5".</summary>
    public string Text => Min == Max ? $"{Min}" : $"{Min}\u2013{Max}";

    /// <inheritdoc />
    public override string ToString() => Text;
}
