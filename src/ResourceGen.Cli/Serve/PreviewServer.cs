using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResourceGen.Cli.Serve;

/// <summary>
/// The HTTP side of <c>serve</c> (Kestrel): the output folder under the site's base path, with content types,
/// <c>index.html</c> for folders, the site's <c>404.html</c> (status 404) for anything else, and the preview's own
/// script, stylesheet and event stream under <see cref="PageDecorator.Prefix"/>. HTML pages are decorated on the
/// way out; the files on disk are exactly what <c>build</c> writes.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly string _outputRoot;
    private readonly Func<PreviewState> _state;
    private readonly ReloadHub _hub;

    private PreviewServer(WebApplication app, string outputRoot, Func<PreviewState> state, ReloadHub hub) =>
        (_app, _outputRoot, _state, _hub) = (app, outputRoot, state, hub);

    /// <summary>Starts listening on <paramref name="address"/>:<paramref name="port"/>.</summary>
    public static async Task<PreviewServer> StartAsync(IPAddress address, int port, string outputRoot, Func<PreviewState> state, ReloadHub hub)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PreviewServer(app, outputRoot, state, hub);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Fires when the server is asked to stop (Ctrl+C or SIGTERM reach the host first).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        http.Response.Headers.CacheControl = "no-cache";
        var state = _state();
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        if (target.StartsWith(PageDecorator.Prefix, StringComparison.Ordinal))
        {
            await ServePreviewFileAsync(http, target[PageDecorator.Prefix.Length..].Split('?')[0], state);
            return;
        }

        var resolved = RequestPathResolver.Resolve(target, state.BasePath, _outputRoot);
        if (resolved.RedirectTo is { } location)
        {
            http.Response.Redirect(location);
            return;
        }
        if (resolved.File is { } file)
        {
            await SendFileAsync(http, file, StatusCodes.Status200OK, state);
            return;
        }
        var notFound = Path.Combine(_outputRoot, "404.html");
        if (File.Exists(notFound)) await SendFileAsync(http, notFound, StatusCodes.Status404NotFound, state);
        else await SendAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found"u8.ToArray());
    }

    private async Task ServePreviewFileAsync(HttpContext http, string name, PreviewState state)
    {
        switch (name)
        {
            case "events":
                await _hub.StreamAsync(http, state.Build, _app.Lifetime.ApplicationStopping);
                break;
            case "preview.js":
                await SendAsync(http, 200, "text/javascript; charset=utf-8", EmbeddedFile("preview.js"));
                break;
            case "preview.css":
                await SendAsync(http, 200, "text/css; charset=utf-8", EmbeddedFile("preview.css"));
                break;
            default:
                await SendAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found"u8.ToArray());
                break;
        }
    }

    private async Task SendFileAsync(HttpContext http, string file, int status, PreviewState state)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await SendAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found"u8.ToArray());
            return;
        }
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        if (type == "text/html")
        {
            var isDraft = state.DraftPages.Contains(Path.GetRelativePath(_outputRoot, file).Replace('\\', '/'));
            bytes = Encoding.UTF8.GetBytes(PageDecorator.Decorate(Encoding.UTF8.GetString(bytes), state, isDraft));
        }
        await SendAsync(http, status, WithCharset(type), bytes);
    }

    private static string WithCharset(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/javascript" ? type + "; charset=utf-8" : type;

    private static async Task SendAsync(HttpContext http, int status, string contentType, byte[] bytes)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(bytes);
    }

    private static byte[] EmbeddedFile(string name)
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream($"ResourceGen.Cli.Serve.{name}")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
