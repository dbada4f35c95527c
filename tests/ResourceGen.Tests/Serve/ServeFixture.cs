using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using ResourceGen.Cli.Serve;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Serve;

/// <summary>
/// A running <c>serve</c> session on a temporary copy of the sample site, on a free loopback port, with an HTTP
/// client and a listener on the reload event stream, as an open browser tab would have.
/// </summary>
public sealed class ServeFixture : IAsyncDisposable
{
    /// <summary>How long to wait for something the server should do; generous, the machine may be busy.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Channel<string> _reloads = Channel.CreateUnbounded<string>();
    private readonly Channel<string> _completes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private Task _listening = Task.CompletedTask;

    private ServeFixture(SiteFixture site, PreviewSession session, int port, StringWriter output)
    {
        (Site, Session, Output) = (site, session, output);
        Origin = $"http://127.0.0.1:{port}";
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Origin), Timeout = Patience };
    }

    /// <summary>The site being served.</summary>
    public SiteFixture Site { get; }

    /// <summary>The serve session.</summary>
    public PreviewSession Session { get; }

    /// <summary>What serve printed.</summary>
    public StringWriter Output { get; }

    /// <summary>E.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Origin { get; }

    /// <summary>A client for the server; redirects are not followed.</summary>
    public HttpClient Http { get; }

    /// <summary>Copies the sample site and starts serving it, listening to reload events.</summary>
    public static async Task<ServeFixture> StartAsync(bool drafts = false, TimeSpan? debounce = null)
    {
        var site = SiteFixture.CopyOf(RepoPaths.Root, "site.yml", "content", "templates");
        var port = FreePort();
        var output = new StringWriter();
        var writer = TextWriter.Synchronized(output);
        var session = await PreviewSession.StartAsync(new ServeOptions(site.Root, port, Drafts: drafts) { Debounce = debounce ?? new ServeOptions(site.Root).Debounce }, writer, writer)
            ?? throw new InvalidOperationException("serve did not start: " + output);
        var fixture = new ServeFixture(site, session, port, output);
        await fixture.ListenAsync();
        return fixture;
    }

    /// <summary>The body of <paramref name="path"/>.</summary>
    public Task<string> GetAsync(string path) => Http.GetStringAsync(path);

    /// <summary>Sends <paramref name="rawTarget"/> exactly as written (no client-side clean-up of <c>..</c>) and returns status and body.</summary>
    public async Task<(int Status, string Body)> RawGetAsync(string rawTarget)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, new Uri(Origin).Port);
        await using var stream = client.GetStream();
        var request = $"GET {rawTarget} HTTP/1.1\r\nHost: {new Uri(Origin).Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        var status = response.Length > 12 && int.TryParse(response.AsSpan(9, 3), out var code) ? code : 0;
        return (status, response);
    }

    /// <summary>Waits for the next reload event and returns its data.</summary>
    public async Task<string> NextReloadAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _reloads.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Waits until every output of the build a reload event announced, the held-back search index included, is written.</summary>
    public async Task WaitUntilCompleteAsync(string reload)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (BuildNumber(await _completes.Reader.ReadAsync(timeout.Token)) < BuildNumber(reload)) { }
    }

    /// <summary>The build number in an event's data, <c>{"build":3,...}</c>.</summary>
    public static int BuildNumber(string data) => System.Text.Json.JsonDocument.Parse(data).RootElement.GetProperty("build").GetInt32();

    /// <summary>Reload events received and not yet taken.</summary>
    public int PendingReloads => _reloads.Reader.Count;

    /// <summary>Waits until the server has finished the build after the current one (used when no page is listening).</summary>
    public async Task WaitForBuildAfterAsync(int build)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (Session.State.Build <= build) await Task.Delay(20, timeout.Token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _listening.ContinueWith(_ => { }, TaskScheduler.Default);
        Http.Dispose();
        await Session.DisposeAsync();
        Site.Dispose();
    }

    private async Task ListenAsync()
    {
        var response = await Http.GetAsync("/__resourcegen/events", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        var hello = new TaskCompletionSource();
        _listening = Task.Run(async () =>
        {
            string? name = null;
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                    else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "reload") _reloads.Writer.TryWrite(line[6..]);
                    else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "complete") _completes.Writer.TryWrite(line[6..]);
                    else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "hello") hello.TrySetResult();
                }
            }
            catch (OperationCanceledException)
            {
                // The fixture is being disposed.
            }
        });
        await hello.Task.WaitAsync(Patience);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
