using System.Threading.Channels;

namespace ResourceGen.Bench.ServeBench;

/// <summary>A minimal server-sent events client: what a browser tab's EventSource receives.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    /// <summary>Connects and waits for the server's hello.</summary>
    public static async Task<EventStream> ConnectAsync(Uri url)
    {
        var stream = new EventStream();
        var response = await stream._http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        stream._reading = Task.Run(() => stream.ReadAsync(reader));
        await stream.NextAsync("hello");
        return stream;
    }

    /// <summary>The next event named <paramref name="name"/>; other events are skipped.</summary>
    public async Task<(string Name, string Data)> NextAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (true)
        {
            var next = await _events.Reader.ReadAsync(timeout.Token);
            if (next.Name == name) return next;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
        _http.Dispose();
    }

    private async Task ReadAsync(StreamReader reader)
    {
        var name = "message";
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) _events.Writer.TryWrite((name, line[6..]));
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
