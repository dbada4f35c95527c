using ResourceGen.Diagnostics;

namespace ResourceGen.Engine;

/// <summary>
/// A value in a <see cref="QueryStore"/>: an input the driver sets, or a query result that records what it read.
/// A node knows the revision its value last changed in, which is how a dependent tells whether to compute again.
/// </summary>
internal abstract class Node
{
    /// <summary>The revision in which the value last became different from what it was.</summary>
    public int ChangedAt { get; protected set; }

    /// <summary>The problems the node's own computation reported; inputs have none.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; protected set; } = [];

    /// <summary>True when the value is known to be up to date in <paramref name="revision"/>, so reading it needs no <see cref="Refresh"/>.</summary>
    public abstract bool IsVerified(int revision);

    /// <summary>Brings the value up to date with the store's revision: checks what it read, and computes again if any of that changed.</summary>
    public abstract void Refresh(QueryStore store);
}
