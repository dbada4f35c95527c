using ResourceGen.Tests.Architecture.Sample.Lower;

namespace ResourceGen.Tests.Architecture;

/// <summary>The namespaces of the core library are layers: none uses another that uses it back, however indirectly.</summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void The_namespaces_of_the_core_library_form_no_cycle()
    {
        var graph = NamespaceGraph.Of(typeof(SiteBuilder).Assembly);

        var cycles = Cycles(graph);

        Assert.True(cycles.Count == 0, $"the namespaces of src/ResourceGen form {cycles.Count} cycles:\n{string.Join("\n", cycles)}\n"
            + $"each step, with one use that makes it:\n{string.Join("\n", Steps(graph, cycles))}");
    }

    [Fact]
    public void The_graph_reader_sees_a_cycle_made_by_a_property_type_one_way_and_a_lambda_the_other()
    {
        var graph = NamespaceGraph.Of(typeof(LowerPart).Assembly);
        const string upper = "ResourceGen.Tests.Architecture.Sample.Upper", lower = "ResourceGen.Tests.Architecture.Sample.Lower";

        Assert.Contains(lower, graph.Edges[upper]);
        Assert.Contains(upper, graph.Edges[lower]);
        Assert.Contains($"{lower} → {upper} → {lower}", Cycles(graph));
    }

    [Fact]
    public void The_cycle_finder_finds_each_group_of_nodes_that_reach_each_other_and_nothing_in_a_layered_graph()
    {
        var layered = Graph(("app", "model"), ("app", "text"), ("model", "text"));
        var tangled = Graph(("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "d"), ("x", "a"));

        Assert.Empty(CycleFinder.Components(layered));
        Assert.Equal([["a", "b", "c"], ["d", "e"]], CycleFinder.Components(tangled));
        Assert.Equal(["a", "b", "c", "a"], CycleFinder.CycleThrough(tangled, "a", "b"));
        Assert.Equal(["e", "d", "e"], CycleFinder.CycleThrough(tangled, "e", "d"));
        Assert.Empty(CycleFinder.CycleThrough(tangled, "c", "d"));
    }

    /// <summary>The shortest cycle through each edge that is part of a cycle, e.g. "A → B → A".</summary>
    private static List<string> Cycles(NamespaceGraph graph)
    {
        var lines = new List<string>();
        foreach (var component in CycleFinder.Components(graph.Edges))
        {
            foreach (var from in component)
            {
                foreach (var to in graph.Edges[from].Where(component.Contains).Order(StringComparer.Ordinal))
                {
                    var cycle = string.Join(" → ", CycleFinder.CycleThrough(graph.Edges, from, to));
                    if (!lines.Contains(cycle)) lines.Add(cycle);
                }
            }
        }
        return lines;
    }

    private static IEnumerable<string> Steps(NamespaceGraph graph, List<string> cycles) => cycles
        .SelectMany(c => c.Split(" → ").Zip(c.Split(" → ").Skip(1)))
        .Distinct()
        .Select(step => $"  {step.First} → {step.Second}: {graph.Example(step.First, step.Second)}");

    private static Dictionary<string, IReadOnlySet<string>> Graph(params (string From, string To)[] edges) => edges
        .SelectMany(e => new[] { e.From, e.To }).Distinct()
        .ToDictionary(n => n, n => (IReadOnlySet<string>)edges.Where(e => e.From == n).Select(e => e.To).ToHashSet());
}
