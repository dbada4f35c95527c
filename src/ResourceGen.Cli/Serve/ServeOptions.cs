namespace ResourceGen.Cli.Serve;

/// <summary>What <c>resourcegen serve</c> was asked to do.</summary>
/// <param name="SourceDir">The site folder.</param>
/// <param name="Port">The TCP port to listen on.</param>
/// <param name="Host">The address to bind; loopback unless the author chooses otherwise.</param>
/// <param name="Drafts">Build and show pages marked <c>draft: true</c>, with a banner.</param>
public sealed record ServeOptions(string SourceDir, int Port = ServeOptions.DefaultPort, string Host = ServeOptions.DefaultHost, bool Drafts = false)
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 8080;

    /// <summary>The default address: only this computer can connect.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>
    /// How long the files must stay quiet before a rebuild starts, so an editor's burst of writes (a few
    /// milliseconds apart) makes one rebuild. It is part of every save-to-reload delay, so it is kept short.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Print the time each stage of every rebuild took.</summary>
    public bool Verbose { get; init; }

    /// <summary>Fill in "last updated" from git history, as <c>build --git-dates</c> does; read again at every rebuild.</summary>
    public bool GitDates { get; init; }
}
