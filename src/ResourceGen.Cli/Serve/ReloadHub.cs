using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// The server-sent event stream open pages listen to: <c>hello</c> when a page connects, <c>reload</c> after each
/// build that changed something and <c>complete</c> once the outputs held back for speed (the search index) are
/// written too; each carries the build number, and the last two the time they were done, in Unix milliseconds.
/// </summary>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Channel<string>, bool> _clients = new();

    /// <summary>How many pages are listening.</summary>
    public int Listeners => _clients.Count;

    /// <summary>Streams events to one page until it goes away or <paramref name="stopping"/> fires.</summary>
    public async Task StreamAsync(HttpContext http, int build, CancellationToken stopping)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>();
        _clients[channel] = true;
        try
        {
            await response.WriteAsync(Event("hello", build), cancellation.Token);
            await response.Body.FlushAsync(cancellation.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(cancellation.Token))
            {
                await response.WriteAsync(message, cancellation.Token);
                await response.Body.FlushAsync(cancellation.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    /// <summary>Tells every open page to reload.</summary>
    public void Reload(int build, long finishedAt) => Send("reload", build, finishedAt);

    /// <summary>Tells listeners that every output of <paramref name="build"/> is written.</summary>
    public void Complete(int build, long finishedAt) => Send("complete", build, finishedAt);

    private void Send(string name, int build, long finishedAt)
    {
        var message = $"event: {name}\ndata: {{\"build\":{build},\"finished\":{finishedAt}}}\n\n";
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    private static string Event(string name, int build) => $"event: {name}\ndata: {{\"build\":{build}}}\n\n";
}
