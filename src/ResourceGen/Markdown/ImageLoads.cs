using Markdig.Extensions.MediaLinks;

namespace ResourceGen.Markdown;

/// <summary>
/// What a Markdown image loads once Markdig's media links have rendered it: an iframe for a known video host, audio or
/// video for a media file, else the image itself. The same decisions as Markdig's <see cref="MediaLinkExtension"/>,
/// so the origin noted is the one the HTML loads.
/// </summary>
internal static class ImageLoads
{
    /// <summary>Notes what the image at <paramref name="url"/> loads.</summary>
    public static void Add(BodyFacts facts, MediaOptions? media, string url)
    {
        if (media is not null && MediaLoad(media, url) is { } load)
        {
            facts.AddLoad(load.Element, "src", load.Url);
            return;
        }
        facts.AddLoad("img", "src", url);
    }

    private static (string Element, string Url)? MediaLoad(MediaOptions media, string url)
    {
        var schemaRelative = url.StartsWith("//", StringComparison.Ordinal);
        if (!Uri.TryCreate(schemaRelative ? "https:" + url : url, UriKind.RelativeOrAbsolute, out var uri)) return null;
        if (uri.IsAbsoluteUri)
        {
            foreach (var host in media.Hosts)
            {
                if (host.TryHandle(uri, schemaRelative, out var frame)) return ("iframe", frame ?? "");
            }
        }
        var path = uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.Path, UriFormat.Unescaped) : uri.ToString();
        var dot = path.LastIndexOf('.');
        return dot >= 0 && media.ExtensionToMimeType.ContainsKey(path[dot..]) ? ("source", url) : null;
    }
}
