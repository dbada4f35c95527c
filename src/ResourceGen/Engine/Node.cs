using ResourceGen.Diagnostics;

namespace ResourceGen.Engine;

/// <summary>
/// A value in a <see cref="QueryStore"/>: an input the driver sets, or a query result that records what it read.
/// A node knows the revision its value last changed in, which is how a reader tells whether to compute again, and,
/// in a store that keeps its history, the nodes that read it, so a change reaches exactly those.
/// </summary>
internal abstract class Node
{
    // Made on the first reader and locked itself, so a node nothing reads (every node of a one-off build) holds neither.
    private List<Node>? _readers;

    /// <summary>The revision in which the value last became different from what it was.</summary>
    public int ChangedAt { get; protected set; }

    /// <summary>The problems the node's own computation reported; inputs have none.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; protected set; } = [];

    /// <summary>One more than the highest of the nodes it read: a node is brought up to date after all of those.</summary>
    public int Height { get; protected set; }

    /// <summary>True while something this node read may have changed and the node was not checked since.</summary>
    public bool Stale { get; set; }

    /// <summary>True when a change brings this node up to date at once; false when it only marks it <see cref="Stale"/> for its next reader.</summary>
    public virtual bool Eager => false;

    /// <summary>The nodes that read this one.</summary>
    public IReadOnlyList<Node> Readers
    {
        get
        {
            if (Volatile.Read(ref _readers) is not { } readers) return [];
            lock (readers) return [.. readers];
        }
    }

    /// <summary>Records that <paramref name="reader"/> read this node.</summary>
    public void AddReader(Node reader)
    {
        var readers = Volatile.Read(ref _readers) ?? Interlocked.CompareExchange(ref _readers, [], null) ?? _readers;
        lock (readers) readers.Add(reader);
    }

    /// <summary>True when the value is known to be up to date in <paramref name="revision"/>, so reading it needs no <see cref="Refresh"/>.</summary>
    public abstract bool IsVerified(int revision);

    /// <summary>Brings the value up to date with the store's revision: checks what it read, and computes again if any of that changed.</summary>
    public abstract void Refresh(QueryStore store);
}
