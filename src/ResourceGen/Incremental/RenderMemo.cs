using System.Collections.Concurrent;
using ResourceGen.Model;
using ResourceGen.Templating;
using Scriban.Runtime;

namespace ResourceGen.Incremental;

/// <summary>
/// Remembers each rendered page with the request it came from and what its templates read, so the next build
/// re-renders a page only when its request or a member it read changed, or the templates or assets changed.
/// Thread-safe: pages render in parallel.
/// </summary>
internal sealed class RenderMemo
{
    private sealed record Entry(PageRenderRequest Request, RenderReads Reads, string[] Assets, byte[] Bytes)
    {
        // The number of the last build that asked for this page.
        public int RequestedIn;
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _outputsByKey = new(StringComparer.Ordinal);
    // Pages share a few sets of assets; each set is kept once, so marking the assets of a reused page is a lookup by reference.
    private readonly List<string[]> _assetSets = [];
    private readonly HashSet<string[]> _assetSetsMarked = new(ReferenceEqualityComparer.Instance);
    private string[]? _lastMarked;
    private HashSet<string> _stale = new(StringComparer.Ordinal);
    private (TemplateSet Templates, string Assets)? _environment;
    private (SiteModel Model, ScriptObject Site)? _previous;
    private AssetCatalog? _assets;
    private ScriptObject? _site;
    private int _rendered;
    private int _build;
    private int _requestedAndKept;

    /// <summary>How many pages the current build rendered rather than reused.</summary>
    public int Rendered => _rendered;

    /// <summary>The render requests and lists the generators made from model objects, reused while the objects are.</summary>
    public DerivedValues Derived { get; } = new();

    /// <summary>Starts a build: works out which remembered pages the changes since the last build make stale.</summary>
    public void Begin(SiteModel model, ScriptObject site, TemplateSet templates, AssetCatalog assets)
    {
        var environment = (templates, string.Join('\n', assets.OutputFiles().Select(f => f.Path)));
        if (_environment is not { } known || !ReferenceEquals(known.Templates, templates) || known.Assets != environment.Item2) Clear();
        else if (_previous is { } previous) _stale = StaleOutputs(ModelDiff.Changes(previous.Model, previous.Site, model, site));
        (_environment, _previous, _assets, _site, _rendered) = (environment, (model, site), assets, site, 0);
        _build++;
        _requestedAndKept = 0;
        _assetSetsMarked.Clear();
        _lastMarked = null;
        Derived.Begin();
    }

    /// <summary>
    /// The bytes of each page: remembered, or made by <paramref name="render"/> with a recorder of what it reads;
    /// null where rendering failed (its error is reported).
    /// </summary>
    public byte[]?[] RenderAll(IReadOnlyList<PageRenderRequest> requests, Func<PageRenderRequest, RenderReads, byte[]?> render)
    {
        var results = requests.Select(Reuse).ToArray();
        MissingResults.Compute(results, i =>
        {
            var reads = new RenderReads(_site!);
            var bytes = render(requests[i], reads);
            Store(requests[i], reads, bytes);
            return bytes;
        });
        return results;
    }

    private byte[]? Reuse(PageRenderRequest request)
    {
        if (!_entries.TryGetValue(request.OutputPath, out var entry)) return null;
        if (entry.RequestedIn != _build)
        {
            entry.RequestedIn = _build;
            _requestedAndKept++;
        }
        if ((_stale.Count > 0 && _stale.Contains(request.OutputPath)) || !SameRequest(entry.Request, request)) return null;
        // Asking for an asset's URL marks a built-in asset as used, so it is written; once a build is enough.
        if (!ReferenceEquals(entry.Assets, _lastMarked) && _assetSetsMarked.Add(entry.Assets))
        {
            foreach (var asset in entry.Assets) _assets!.Url(asset);
        }
        _lastMarked = entry.Assets;
        return entry.Bytes;
    }

    // A failed render (null) is forgotten, so the next build tries again.
    private void Store(PageRenderRequest request, RenderReads reads, byte[]? bytes)
    {
        Interlocked.Increment(ref _rendered);
        lock (_outputsByKey)
        {
            var known = _entries.TryRemove(request.OutputPath, out var old);
            if (known) Unindex(request.OutputPath, old!.Reads);
            if (known != (bytes is not null)) _requestedAndKept += known ? -1 : 1;
            if (bytes is null) return;
            _entries[request.OutputPath] = new Entry(request, reads, AssetSet(reads.Assets), bytes) { RequestedIn = _build };
            foreach (var key in reads.Members.Keys)
            {
                if (!_outputsByKey.TryGetValue(key, out var outputs)) _outputsByKey[key] = outputs = new HashSet<string>(StringComparer.Ordinal);
                outputs.Add(request.OutputPath);
            }
        }
    }

    /// <summary>Ends a build: forgets pages no generator asked for this time.</summary>
    public void End()
    {
        lock (_outputsByKey)
        {
            // Counting the requests that kept a page spares looking for the others when there are none.
            if (_entries.Count > _requestedAndKept)
            {
                foreach (var (path, entry) in _entries.Where(e => e.Value.RequestedIn != _build).ToList())
                {
                    _entries.TryRemove(path, out _);
                    Unindex(path, entry.Reads);
                }
            }
        }
        _stale.Clear();
    }

    private string[] AssetSet(IReadOnlyCollection<string> assets)
    {
        string[] sorted = [.. assets.Order(StringComparer.Ordinal)];
        var known = _assetSets.Find(set => set.AsSpan().SequenceEqual(sorted));
        if (known is not null) return known;
        _assetSets.Add(sorted);
        return sorted;
    }

    private static bool SameRequest(PageRenderRequest a, PageRenderRequest b) => ReferenceEquals(a, b) ||
        a.Template == b.Template && a.Kind == b.Kind && a.Title == b.Title && a.Description == b.Description && a.SitePath == b.SitePath
        && a.Variables.Count == b.Variables.Count
        && a.Variables.All(pair => b.Variables.TryGetValue(pair.Key, out var value) && ModelValues.Same(pair.Value, value));

    private HashSet<string> StaleOutputs(IReadOnlyDictionary<string, HashSet<string>> changes)
    {
        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, members) in changes)
        {
            if (!_outputsByKey.TryGetValue(key, out var outputs)) continue;
            var whole = members.Contains(RenderReads.AllMembers);
            foreach (var output in outputs)
            {
                var read = _entries[output].Reads.Members[key];
                if (whole || read.Contains(RenderReads.AllMembers) || read.Overlaps(members)) stale.Add(output);
            }
        }
        return stale;
    }

    private void Unindex(string path, RenderReads reads)
    {
        foreach (var key in reads.Members.Keys)
        {
            if (_outputsByKey.TryGetValue(key, out var outputs) && outputs.Remove(path) && outputs.Count == 0) _outputsByKey.Remove(key);
        }
    }

    private void Clear()
    {
        _entries.Clear();
        _outputsByKey.Clear();
        _assetSets.Clear();
        _stale.Clear();
        _previous = null;
    }
}
