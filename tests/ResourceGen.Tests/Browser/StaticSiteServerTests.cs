using System.Net;
using System.Net.Sockets;
using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Browser;

/// <summary>The test server itself: content types, folder indexes, 404s and paths that try to escape.</summary>
public sealed class StaticSiteServerTests : IDisposable
{
    private readonly SiteFixture _files = SiteFixture.Create("""
        -- outside.txt --
        secret
        -- site/index.html --
        <h1>home</h1>
        -- site/404.html --
        <h1>missing</h1>
        -- site/a/index.html --
        <h1>a</h1>
        -- site/s.css --
        body{}
        -- site/s.js --
        1
        -- site/d.json --
        {}
        -- site/i.svg --
        <svg/>
        -- site/f.xml --
        <f/>
        """);

    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/", 200, "text/html; charset=utf-8")]
    [InlineData("/a/", 200, "text/html; charset=utf-8")]
    [InlineData("/s.css", 200, "text/css; charset=utf-8")]
    [InlineData("/s.js", 200, "text/javascript; charset=utf-8")]
    [InlineData("/d.json", 200, "application/json; charset=utf-8")]
    [InlineData("/i.svg", 200, "image/svg+xml")]
    [InlineData("/f.xml", 200, "application/xml; charset=utf-8")]
    [InlineData("/nope/", 404, "text/html; charset=utf-8")]
    public async Task Files_are_served_with_their_content_type_and_missing_ones_with_the_404_page(string path, int status, string type)
    {
        using var server = StaticSiteServer.Start(Path.Combine(_files.Root, "site"));
        var response = await Http.GetAsync(server.Origin + path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        if (status == 404) Assert.Contains("missing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_and_a_sub_path_server_maps_the_base_path_to_the_folder()
    {
        using var server = StaticSiteServer.Start(Path.Combine(_files.Root, "site"), basePath: "/library/");
        Assert.EndsWith("/library/", server.BaseUrl);
        Assert.Contains("home", await Http.GetStringAsync(server.BaseUrl));
        Assert.Contains("<h1>a</h1>", await Http.GetStringAsync(server.BaseUrl + "a/"));
        var redirect = await Http.GetAsync(server.BaseUrl + "a");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(server.Origin + "/index.html")).StatusCode);
    }

    [Theory]
    [InlineData("/../outside.txt")]
    [InlineData("/%2e%2e/outside.txt")]
    [InlineData("/a/%2e%2e/%2e%2e/outside.txt")]
    [InlineData("/..%2foutside.txt")]
    [InlineData("/..%5coutside.txt")]
    public async Task Paths_that_escape_the_folder_are_refused(string rawPath)
    {
        using var server = StaticSiteServer.Start(Path.Combine(_files.Root, "site"));
        var port = new Uri(server.Origin).Port;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"));
        var reply = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        Assert.DoesNotContain("secret", reply);
        Assert.DoesNotContain("HTTP/1.1 200", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _files.Dispose();
}
