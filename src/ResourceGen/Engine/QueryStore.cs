namespace ResourceGen.Engine;

/// <summary>
/// The revision counter shared by a set of inputs and queries. Setting an input to a new value starts a new
/// revision; a query asked in a later revision checks what it read and computes again only when some of it changed.
/// </summary>
/// <param name="keepsHistory">
/// False for a store asked only once, as a one-off build is: its values then keep no record of what they read.
/// </param>
internal sealed class QueryStore(bool keepsHistory)
{
    private int _revision = 1;

    /// <summary>True when values record what they read, so a later revision can reuse them.</summary>
    public bool KeepsHistory => keepsHistory;

    /// <summary>The current revision.</summary>
    public int Revision => _revision;

    /// <summary>Starts a new revision (an input changed) and returns its number.</summary>
    public int NextRevision() => Interlocked.Increment(ref _revision);
}
