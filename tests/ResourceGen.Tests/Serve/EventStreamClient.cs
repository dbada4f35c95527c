using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace ResourceGen.Tests.Serve;

/// <summary>
/// A raw connection to serve's reload event stream, as a browser tab opens it, that a test can also leave unread
/// or drop abruptly. A reading client reads every event as it comes; a frozen one reads nothing until told to.
/// </summary>
public sealed class EventStreamClient : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private EventStreamClient(TcpClient tcp) => (_tcp, _stream) = (tcp, tcp.GetStream());

    /// <summary>Opens the stream on <paramref name="port"/>; with <paramref name="read"/>, reads it from now on.</summary>
    public static async Task<EventStreamClient> OpenAsync(int port, bool read, CancellationToken cancellation)
    {
        var tcp = new TcpClient();
        // A small receive buffer, so a client that does not read holds back the server's writes sooner.
        if (!read) tcp.ReceiveBufferSize = 4 * 1024;
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancellation);
        var client = new EventStreamClient(tcp);
        var request = $"GET /__resourcegen/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n";
        await client._stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellation);
        if (read) client._reading = Task.Run(client.ReadEventsAsync, CancellationToken.None);
        return client;
    }

    /// <summary>Waits for the next event called <paramref name="name"/> (others are skipped) and returns its data.</summary>
    public async Task<string> NextAsync(string name, CancellationToken cancellation)
    {
        while (true)
        {
            var next = await _events.Reader.ReadAsync(cancellation);
            if (next.Name == name) return next.Data;
        }
    }

    /// <summary>Reads and discards everything until the server closes the connection.</summary>
    public async Task ReadUntilClosedAsync(CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (await _stream.ReadAsync(buffer, cancellation) > 0) { }
        }
        catch (IOException)
        {
            // The server reset the connection: closed as well.
        }
    }

    /// <summary>Drops the connection with a reset, as a crashed browser or a lost network does.</summary>
    public void Reset()
    {
        _tcp.Client.LingerState = new LingerOption(true, 0);
        Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        _tcp.Dispose();
        _reading.ContinueWith(_ => { }, TaskScheduler.Default).Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    // The response is chunked; each event arrives whole in one chunk, so its lines are read as they are and the
    // chunk sizes between them are skipped.
    private async Task ReadEventsAsync()
    {
        var reader = new StreamReader(_stream, Encoding.UTF8);
        string? name = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) _events.Writer.TryWrite((name, line[6..]));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Closed by the test or the server.
        }
        _events.Writer.TryComplete();
    }
}
