using ResourceGen.Cli.Serve;

namespace ResourceGen.Tests.Serve;

// Issue 17: the live server under load, on loopback, bounded in count and time.
[Collection(ServeLoadCollection.Name)]
public sealed class ServeLoadTests
{
    private const string Article = "content/articles/why-practice-at-home.md";
    private const string ArticleUrl = "/articles/why-practice-at-home/";
    private static readonly string[] Pages = ["/", ArticleUrl, "/tags/routines/", "/feed.xml", "/sitemap.xml"];

    // Every wait ends by then, so a hang fails the test instead of holding up the run; nothing asserts speed.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    // Far above the few MB the load leaves behind once the streams are released, far below the 100 MB and more the
    // flood would leave queued for the frozen streams if a stream's queue had no bound.
    private const long HeapAllowance = 32L << 20;

    [Fact(Timeout = 60_000)]
    public async Task Pages_are_answered_while_many_requests_and_event_streams_are_open_and_closed_streams_are_released()
    {
        await using var serve = await ServeFixture.StartAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        using var http = LoadClient(serve);
        var hub = serve.Session.Hub;
        var listening = hub.Listeners;
        var pages = await ReadPagesAsync(http, deadline.Token);
        // Once before measuring, so the connections and the servers' buffer pools are there already.
        await AssertAnsweredAsync(http, pages, deadline.Token);
        var heap = GC.GetTotalMemory(forceFullCollection: true);

        var reading = await OpenAsync(serve, 40, read: true, deadline.Token);
        var frozen = await OpenAsync(serve, 30, read: false, deadline.Token);
        var dropped = await OpenAsync(serve, 30, read: true, deadline.Token);
        foreach (var client in reading.Concat(dropped)) await client.NextAsync("hello", deadline.Token);
        await WaitForListenersAsync(hub, listening + 100, deadline.Token);

        // A third of the streams go away while the requests are in flight, half of them with a reset.
        var answered = AssertAnsweredAsync(http, pages, deadline.Token);
        for (var i = 0; i < dropped.Count; i++)
        {
            if (i % 2 == 0) dropped[i].Reset();
            else dropped[i].Dispose();
        }
        await answered;
        await WaitForListenersAsync(hub, listening + 70, deadline.Token);

        var build = serve.Session.State.Build;
        serve.Site.Write(Article, serve.Site.Read(Article).Replace("title: \"Why practise at home?", "title: \"Practising at home?", StringComparison.Ordinal));
        foreach (var client in reading) Assert.True(ServeFixture.BuildNumber(await client.NextAsync("reload", deadline.Token)) > build);
        Assert.Contains("Practising at home?", (await GetAsync(http, ArticleUrl, deadline.Token)).Body);

        foreach (var client in reading.Concat(frozen)) client.Dispose();
        await WaitForListenersAsync(hub, listening, deadline.Token);
        await AssertAnsweredAsync(http, await ReadPagesAsync(http, deadline.Token), deadline.Token);
        AssertHeapWithinAllowance(heap);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_stream_that_is_not_read_is_closed_when_events_pile_up_and_a_stream_that_is_read_still_gets_the_next_reload()
    {
        await using var serve = await ServeFixture.StartAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        using var http = LoadClient(serve);
        var hub = serve.Session.Hub;
        var pages = await ReadPagesAsync(http, deadline.Token);
        using var healthy = (await OpenAsync(serve, 1, read: true, deadline.Token))[0];
        await healthy.NextAsync("hello", deadline.Token);
        var frozen = await OpenAsync(serve, 5, read: false, deadline.Token);
        // The fixture's own stream and the healthy one.
        const int reading = 2;
        await WaitForListenersAsync(hub, reading + frozen.Count, deadline.Token);
        var heap = GC.GetTotalMemory(forceFullCollection: true);

        // Fewer events at a time than a queue holds, each batch read by both reading streams before the next, so only
        // the frozen streams fall behind: once the connection's buffers are full their writes wait and their queues fill.
        var state = serve.Session.State;
        for (var batches = 0; hub.Listeners > reading && batches < 20_000; batches++)
        {
            for (var i = 0; i < ReloadStream.Capacity / 2; i++) hub.Reload(state.Build, state.FinishedAt);
            for (var i = 0; i < ReloadStream.Capacity / 2; i++)
            {
                await healthy.NextAsync("reload", deadline.Token);
                await serve.NextReloadAsync().WaitAsync(deadline.Token);
            }
        }
        Assert.Equal(reading, hub.Listeners);
        foreach (var client in frozen) await client.ReadUntilClosedAsync(deadline.Token);

        await AssertAnsweredAsync(http, pages, deadline.Token);
        serve.Site.Write(Article, serve.Site.Read(Article).Replace("title: \"Why practise at home?", "title: \"Practising at home?", StringComparison.Ordinal));
        Assert.True(ServeFixture.BuildNumber(await healthy.NextAsync("reload", deadline.Token)) > state.Build);
        Assert.Contains("Practising at home?", (await GetAsync(http, ArticleUrl, deadline.Token)).Body);

        foreach (var client in frozen) client.Dispose();
        AssertHeapWithinAllowance(heap);
    }

    private static HttpClient LoadClient(ServeFixture serve) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 50, AllowAutoRedirect = false }) { BaseAddress = new Uri(serve.Origin), Timeout = Deadline };

    private static async Task<List<EventStreamClient>> OpenAsync(ServeFixture serve, int count, bool read, CancellationToken cancellation)
    {
        var port = new Uri(serve.Origin).Port;
        var clients = new List<EventStreamClient>();
        for (var i = 0; i < count; i++) clients.Add(await EventStreamClient.OpenAsync(port, read, cancellation));
        return clients;
    }

    private static async Task<(string Path, int Status, string Body)> GetAsync(HttpClient http, string path, CancellationToken cancellation)
    {
        using var response = await http.GetAsync(path, cancellation);
        return (path, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellation));
    }

    private static async Task<Dictionary<string, string>> ReadPagesAsync(HttpClient http, CancellationToken cancellation)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Pages)
        {
            var (_, status, body) = await GetAsync(http, path, cancellation);
            Assert.Equal(200, status);
            pages[path] = body;
        }
        return pages;
    }

    // 200 requests at once over the client's 50 connections, each answered with the page as it was served alone.
    // The answers are dropped when this returns, so they do not count in the heap measured afterwards.
    private static async Task AssertAnsweredAsync(HttpClient http, Dictionary<string, string> pages, CancellationToken cancellation)
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => GetAsync(http, Pages[i % Pages.Length], cancellation)));
        foreach (var (path, status, body) in answers)
        {
            Assert.True(status == 200, $"{path} got {status}");
            Assert.True(body == pages[path], $"{path} came back different under load");
        }
    }

    private static async Task WaitForListenersAsync(ReloadHub hub, int count, CancellationToken cancellation)
    {
        try
        {
            while (hub.Listeners != count) await Task.Delay(20, cancellation);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"expected {count} open event streams, still {hub.Listeners}");
        }
    }

    private static void AssertHeapWithinAllowance(long before)
    {
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < HeapAllowance, $"the managed heap grew by {(after - before) >> 20} MB under load");
    }
}
