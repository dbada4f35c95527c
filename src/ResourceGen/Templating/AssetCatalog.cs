using System.Collections.Concurrent;
using System.Security.Cryptography;
using Scriban.Syntax;

namespace ResourceGen.Templating;

/// <summary>
/// The theme's files under <c>templates/assets/</c>, plus built-in assets (lunr.js from npm) that a theme may use.
/// CSS and JavaScript get a content hash in their name (<c>site.3f2a91c0d4.css</c>) so browsers can cache them for
/// ever; <c>asset "site.css"</c> gives the URL. A built-in asset is written only when a template asked for it.
/// </summary>
internal sealed class AssetCatalog
{
    /// <summary>The theme's asset folder, under <c>templates/</c>.</summary>
    public const string Folder = "assets";

    private sealed record Entry(string OutputPath, byte[] Bytes, bool BuiltIn);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _usedBuiltIns = new(StringComparer.Ordinal);
    private readonly Func<string, string> _relativeUrl;

    /// <summary>Builds the catalogue; a theme file replaces a built-in asset of the same name.</summary>
    /// <param name="themeFiles">Files by path under <c>templates/assets/</c>.</param>
    /// <param name="builtInFiles">Built-in assets by name.</param>
    /// <param name="relativeUrl">Turns a site path into a URL path under the base path.</param>
    public AssetCatalog(IReadOnlyDictionary<string, byte[]> themeFiles, IReadOnlyDictionary<string, byte[]> builtInFiles, Func<string, string> relativeUrl)
    {
        _relativeUrl = relativeUrl;
        foreach (var (name, bytes) in builtInFiles) _entries[name] = new Entry(OutputPath(name, bytes), bytes, BuiltIn: true);
        foreach (var (name, bytes) in themeFiles) _entries[name] = new Entry(OutputPath(name, bytes), bytes, BuiltIn: false);
    }

    /// <summary>The catalogue of the theme's files (by path under <c>templates/assets/</c>) and the built-in assets.</summary>
    public static AssetCatalog Of(IReadOnlyDictionary<string, byte[]> themeFiles, Func<string, string> relativeUrl) =>
        new(themeFiles, BuiltIns.Value, relativeUrl);

    private static readonly Lazy<Dictionary<string, byte[]>> BuiltIns = new(BuiltInAssets);

    /// <summary>The URL path of asset <paramref name="name"/>, e.g. <c>/library/assets/site.3f2a91c0d4.css</c>.</summary>
    public string Url(string name)
    {
        if (!_entries.TryGetValue(name, out var entry)) throw new ScriptRuntimeException(default, $"no asset '{name}' in templates/assets/");
        if (entry.BuiltIn) _usedBuiltIns[name] = true;
        return _relativeUrl("/" + entry.OutputPath);
    }

    /// <summary>The files to write: every theme asset, and the built-in assets templates used; call after rendering.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> OutputFiles() => _entries
        .Where(e => !e.Value.BuiltIn || _usedBuiltIns.ContainsKey(e.Key))
        .OrderBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => (e.Value.OutputPath, e.Value.Bytes))
        .ToList();

    /// <summary>Assets every site may use: lunr.js 2.3.9 from npm, embedded by the build.</summary>
    private static Dictionary<string, byte[]> BuiltInAssets()
    {
        using var lunr = typeof(AssetCatalog).Assembly.GetManifestResourceStream("ResourceGen.Assets.lunr.js")
            ?? throw new InvalidOperationException("lunr.js is not embedded; rebuild ResourceGen with npm on PATH");
        using var bytes = new MemoryStream();
        lunr.CopyTo(bytes);
        return new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["lunr.js"] = bytes.ToArray() };
    }

    private static string OutputPath(string name, byte[] bytes) => "assets/" + (IsHashed(name) ? HashedName(name, bytes) : name);

    private static bool IsHashed(string name) => name.EndsWith(".css", StringComparison.Ordinal) || name.EndsWith(".js", StringComparison.Ordinal);

    private static string HashedName(string name, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = name.LastIndexOf('.');
        return $"{name[..dot]}.{hash}{name[dot..]}";
    }
}
