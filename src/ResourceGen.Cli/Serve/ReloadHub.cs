using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// The server-sent event stream open pages listen to: <c>hello</c> when a page connects, <c>reload</c> after each
/// build that changed something and <c>complete</c> once the outputs held back for speed (the search index) are
/// written too; each carries the build number, and the last two the time they were done, in Unix milliseconds.
/// </summary>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<ReloadStream, bool> _streams = new();

    /// <summary>How many pages are listening.</summary>
    public int Listeners => _streams.Count;

    /// <summary>Streams events to one page until it goes away, falls <see cref="ReloadStream.Capacity"/> events behind or <paramref name="stopping"/> fires.</summary>
    public async Task StreamAsync(HttpContext http, int build, CancellationToken stopping)
    {
        var stream = new ReloadStream();
        _streams[stream] = true;
        try
        {
            await stream.WriteAsync(http, Event("hello", build), stopping);
        }
        finally
        {
            _streams.TryRemove(stream, out _);
        }
    }

    /// <summary>Tells every open page to reload.</summary>
    public void Reload(int build, long finishedAt) => Send("reload", build, finishedAt);

    /// <summary>Tells listeners that every output of <paramref name="build"/> is written.</summary>
    public void Complete(int build, long finishedAt) => Send("complete", build, finishedAt);

    private void Send(string name, int build, long finishedAt)
    {
        var message = $"event: {name}\ndata: {{\"build\":{build},\"finished\":{finishedAt}}}\n\n";
        foreach (var stream in _streams.Keys) stream.Enqueue(message);
    }

    private static string Event(string name, int build) => $"event: {name}\ndata: {{\"build\":{build}}}\n\n";
}
