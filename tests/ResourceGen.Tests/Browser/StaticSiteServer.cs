using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResourceGen.Tests.Browser;

/// <summary>
/// A tiny static file server for browser tests, on loopback. It serves one folder under a base path
/// (<c>/</c>, or e.g. <c>/library/</c> for a site built for a sub-path), with the right content types,
/// <c>index.html</c> for folder paths, the site's <c>404.html</c> with status 404 for anything missing,
/// and 403 for any path that would escape the folder.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".txt"] = "text/plain; charset=utf-8",
        [".woff2"] = "font/woff2",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;
    private readonly bool _allowAnyOrigin;

    /// <summary>The address the folder is served at, ending in <c>/</c>, e.g. <c>http://127.0.0.1:40123/library/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Origin { get; }

    private StaticSiteServer(string folder, int port, string basePath, bool allowAnyOrigin)
    {
        _allowAnyOrigin = allowAnyOrigin;
        _root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        _basePath = "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "");
        Origin = $"http://127.0.0.1:{port}";
        BaseUrl = Origin + _basePath;
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>
    /// Starts serving <paramref name="folder"/> at <c>http://127.0.0.1:port/basePath</c>. With
    /// <paramref name="allowAnyOrigin"/> it answers as a third-party script host does (<c>Access-Control-Allow-Origin: *</c>),
    /// so pages of another origin can load its scripts with <c>crossorigin</c>.
    /// </summary>
    public static StaticSiteServer Start(string folder, int? port = null, string basePath = "/", bool allowAnyOrigin = false)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("Nothing to serve: " + folder);
        return new StaticSiteServer(folder, port ?? FreePort(), basePath, allowAnyOrigin);
    }

    /// <summary>A loopback TCP port that is free right now.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try { return ((IPEndPoint)probe.LocalEndpoint).Port; }
        finally { probe.Stop(); }
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                WriteText(response, 405, "Method not allowed", request.HttpMethod == "HEAD");
                return;
            }
            var head = request.HttpMethod == "HEAD";
            var raw = request.RawUrl ?? "/";
            var cut = raw.IndexOfAny(['?', '#']);
            var path = cut >= 0 ? raw[..cut] : raw;

            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                if (path + "/" == _basePath) { Redirect(response, _basePath); return; }
                ServeNotFound(response, head);
                return;
            }

            var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
            if (!TryResolve(relative, out var full))
            {
                WriteText(response, 403, "Forbidden", head);
                return;
            }
            if (Directory.Exists(full))
            {
                if (!path.EndsWith('/')) { Redirect(response, path + "/"); return; }
                full = Path.Combine(full, "index.html");
            }
            if (_allowAnyOrigin) response.Headers["Access-Control-Allow-Origin"] = "*";
            if (File.Exists(full)) ServeFile(response, 200, full, head);
            else ServeNotFound(response, head);
        }
        catch (Exception)
        {
            try { response.StatusCode = 500; } catch (InvalidOperationException) { }
        }
        finally
        {
            try { response.Close(); } catch (Exception) { }
        }
    }

    /// <summary>Maps a decoded path below the base path to a file system path inside the folder, or refuses it.</summary>
    private bool TryResolve(string relative, out string full)
    {
        full = "";
        if (relative.Contains('\0') || relative.Contains('\\')) return false;
        var segments = relative.Split('/');
        if (segments.Any(s => s is ".." or ".") || relative.StartsWith('/')) return false;
        var candidate = Path.GetFullPath(Path.Combine(_root, relative));
        if (candidate != _root && !candidate.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return false;
        full = candidate;
        return true;
    }

    private void ServeNotFound(HttpListenerResponse response, bool head)
    {
        var page = Path.Combine(_root, "404.html");
        if (File.Exists(page)) ServeFile(response, 404, page, head);
        else WriteText(response, 404, "Not found", head);
    }

    private static void ServeFile(HttpListenerResponse response, int status, string file, bool head)
    {
        var bytes = File.ReadAllBytes(file);
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = bytes.Length;
        if (!head) response.OutputStream.Write(bytes);
    }

    private static void WriteText(HttpListenerResponse response, int status, string text, bool head)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        if (!head) response.OutputStream.Write(bytes);
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 301;
        response.RedirectLocation = location;
        response.ContentLength64 = 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try { _listener.Stop(); _listener.Close(); }
        catch (ObjectDisposedException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(2)); }
        catch (AggregateException) { }
    }
}
