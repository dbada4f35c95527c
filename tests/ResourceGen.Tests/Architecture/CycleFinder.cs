namespace ResourceGen.Tests.Architecture;

/// <summary>Finds the cycles of a directed graph: each strongly connected component with more than one node.</summary>
public static class CycleFinder
{
    /// <summary>
    /// Every group of nodes that reach each other (Tarjan's algorithm), each as one cycle through all of its nodes
    /// where there is one, else as its members; sorted, so the answer does not depend on the order of the input.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Components(IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Next(edges, node))
            {
                if (!index.ContainsKey(next)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                else if (onStack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != node);
            if (component.Count > 1) components.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(node)) Visit(node);
        return components.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>A shortest path from <paramref name="from"/> back to itself through <paramref name="to"/>, e.g. [A, B, A].</summary>
    public static IReadOnlyList<string> CycleThrough(IReadOnlyDictionary<string, IReadOnlySet<string>> edges, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [to] = from };
        var queue = new Queue<string>([to]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == from) break;
            foreach (var next in Next(edges, node)) if (previous.TryAdd(next, node)) queue.Enqueue(next);
        }
        if (!previous.ContainsKey(from)) return [];
        var path = new List<string> { from };
        for (var node = previous[from]; node != from; node = previous[node]) path.Add(node);
        path.Add(from);
        path.Reverse();
        return path;
    }

    private static IEnumerable<string> Next(IReadOnlyDictionary<string, IReadOnlySet<string>> edges, string node) =>
        edges.TryGetValue(node, out var next) ? next.Order(StringComparer.Ordinal) : [];
}
