namespace ResourceGen.Engine;

/// <summary>
/// The revision counter shared by a set of inputs and queries. Setting an input to a new value starts a new
/// revision. In a store that keeps its history, <see cref="Propagate"/> then brings up to date, in order, the values
/// that read a changed one, and stops wherever a value comes out the same; the others are known to be up to date.
/// </summary>
/// <param name="keepsHistory">
/// False for a store asked only once, as a one-off build is: its values then keep no record of what they read.
/// </param>
internal sealed class QueryStore(bool keepsHistory)
{
    private readonly List<Node> _changed = [];
    private int _revision = 1;

    /// <summary>True when values record what they read, so a later revision can reuse them.</summary>
    public bool KeepsHistory => keepsHistory;

    /// <summary>The current revision.</summary>
    public int Revision => _revision;

    /// <summary>Starts a new revision (an input changed) and returns its number.</summary>
    public int NextRevision() => Interlocked.Increment(ref _revision);

    /// <summary>Notes that <paramref name="node"/> changed in this revision, so <see cref="Propagate"/> reaches its readers.</summary>
    public void Changed(Node node)
    {
        if (!keepsHistory) return;
        lock (_changed) _changed.Add(node);
    }

    /// <summary>
    /// Brings up to date every eager value that read a changed one, lowest first, and marks the others stale: a
    /// value that comes out the same reaches no further. Afterwards a value that is not stale is up to date.
    /// </summary>
    public void Propagate()
    {
        var queue = new PriorityQueue<Node, int>();
        Drain(queue);
        while (queue.TryDequeue(out var node, out _))
        {
            if (!node.Eager || !TryRefresh(node) || node.ChangedAt == _revision) Enqueue(queue, node);
            Drain(queue);
        }
    }

    // A value that reads something for the first time may read it before the change reaches it, and its computation
    // may fail on what it sees half updated. It then stays stale, as do its readers, and is computed when asked,
    // after every change has been marked; a real failure shows up there.
    private bool TryRefresh(Node node)
    {
        try
        {
            node.Refresh(this);
            return true;
        }
        catch (Exception)
        {
            node.Stale = true;
            return false;
        }
    }

    private void Drain(PriorityQueue<Node, int> queue)
    {
        Node[] changed;
        lock (_changed)
        {
            changed = [.. _changed];
            _changed.Clear();
        }
        foreach (var node in changed) Enqueue(queue, node);
    }

    private static void Enqueue(PriorityQueue<Node, int> queue, Node changed)
    {
        foreach (var reader in changed.Readers)
        {
            if (reader.Stale) continue;
            reader.Stale = true;
            queue.Enqueue(reader, reader.Height);
        }
    }
}
