namespace ResourceGen.Schema;

/// <summary><c>reading_time</c>: cards and the page head show the minutes it takes to read.</summary>
internal sealed class ReadingTimeFeature : TypeFeature
{
    /// <inheritdoc />
    public override string Name => "reading_time";

    /// <inheritdoc />
    public override string Description => "Cards and the page head show the minutes it takes to read (200 words a minute).";
}
