using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ResourceGen.Cli.Serve;

namespace ResourceGen.Tests.Serve;

// Issue 17: a page that stops reading its event stream cannot make the server queue events for it without end.
public sealed class ReloadHubTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_page_that_stops_reading_is_disconnected_once_its_queue_is_full()
    {
        var hub = new ReloadHub();
        var page = new StalledPage();
        var streaming = hub.StreamAsync(page.Context, build: 1, CancellationToken.None);

        // The hello event is still being written, so every one of these waits in the queue.
        for (var build = 2; build < 2 + ReloadStream.Capacity; build++) hub.Reload(build, finishedAt: 0);
        Assert.False(streaming.IsCompleted);
        Assert.Equal(1, hub.Listeners);

        hub.Reload(2 + ReloadStream.Capacity, finishedAt: 0);
        await streaming.WaitAsync(Patience);

        Assert.Equal(0, hub.Listeners);
        Assert.True(page.Aborted);
    }

    [Fact]
    public async Task A_page_that_goes_away_is_no_longer_listening()
    {
        var hub = new ReloadHub();
        var page = new StalledPage();
        var streaming = hub.StreamAsync(page.Context, build: 1, CancellationToken.None);
        Assert.Equal(1, hub.Listeners);

        page.Close();
        await streaming.WaitAsync(Patience);

        Assert.Equal(0, hub.Listeners);
        Assert.False(page.Aborted);
    }

    // A request whose client accepts no bytes, as a page that stopped reading once the connection's buffers are full.
    private sealed class StalledPage : IHttpRequestLifetimeFeature
    {
        private readonly CancellationTokenSource _closed = new();

        public StalledPage()
        {
            Context = new DefaultHttpContext();
            Context.Features.Set<IHttpRequestLifetimeFeature>(this);
            Context.Response.Body = new StalledBody();
        }

        public HttpContext Context { get; }

        public bool Aborted { get; private set; }

        public CancellationToken RequestAborted
        {
            get => _closed.Token;
            set => throw new NotSupportedException();
        }

        public void Abort() => Aborted = true;

        public void Close() => _closed.Cancel();
    }

    private sealed class StalledBody : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(Task.Delay(Timeout.Infinite, cancellationToken));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override void Flush() { }
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
