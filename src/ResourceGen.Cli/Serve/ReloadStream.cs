using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// One page's event stream: the events not yet written to it, at most <see cref="Capacity"/>. A page that falls
/// that far behind (it stopped reading, so a write to it waits) is disconnected instead of being queued for without
/// end; its EventSource connects again by itself and catches up from the <c>hello</c> event.
/// </summary>
internal sealed class ReloadStream
{
    /// <summary>How many events may wait for one page.</summary>
    public const int Capacity = 64;

    private readonly Channel<string> _pending = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    // Not disposed: Enqueue may cancel it after the stream has ended, and it holds no timer or wait handle.
    private readonly CancellationTokenSource _overflowed = new();

    /// <summary>Queues <paramref name="message"/>, or disconnects the page when its queue is full.</summary>
    public void Enqueue(string message)
    {
        if (!_pending.Writer.TryWrite(message)) _overflowed.Cancel();
    }

    /// <summary>Writes <paramref name="hello"/> and then each queued event until the page goes away, falls behind or <paramref name="stopping"/> fires.</summary>
    public async Task WriteAsync(HttpContext http, string hello, CancellationToken stopping)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping, _overflowed.Token);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        try
        {
            await response.WriteAsync(hello, cancellation.Token);
            await response.Body.FlushAsync(cancellation.Token);
            await foreach (var message in _pending.Reader.ReadAllAsync(cancellation.Token))
            {
                await response.WriteAsync(message, cancellation.Token);
                await response.Body.FlushAsync(cancellation.Token);
            }
        }
        catch (OperationCanceledException) when (_overflowed.IsCancellationRequested)
        {
            // Ending the response normally would wait for a page that does not read.
            http.Abort();
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }
}
