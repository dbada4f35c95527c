namespace ResourceGen.Cli.Serve;

/// <summary>What a request path points to in the output folder.</summary>
/// <param name="File">The file to send, or null.</param>
/// <param name="RedirectTo">A path to redirect to (a folder without its trailing slash), or null.</param>
public sealed record ResolvedRequest(string? File, string? RedirectTo)
{
    /// <summary>Nothing there, or a path that is not allowed: the answer is the site's 404 page.</summary>
    public static readonly ResolvedRequest NotFound = new(null, null);
}
