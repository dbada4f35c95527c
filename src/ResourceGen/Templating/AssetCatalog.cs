using System.Security.Cryptography;
using Scriban.Syntax;

namespace ResourceGen.Templating;

/// <summary>
/// The theme's files under <c>templates/assets/</c>. CSS and JavaScript get a content hash in their name
/// (<c>site.3f2a91c0.css</c>) so browsers can cache them for ever; <c>asset "site.css"</c> gives the URL.
/// </summary>
public sealed class AssetCatalog
{
    private readonly Dictionary<string, string> _outputPathByName;
    private readonly Func<string, string> _relativeUrl;

    /// <summary>Output files of the assets: path in the output folder and bytes.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    /// <summary>Builds the catalogue from asset files given by name (path under <c>templates/assets/</c>).</summary>
    public AssetCatalog(IReadOnlyDictionary<string, byte[]> files, Func<string, string> relativeUrl)
    {
        _relativeUrl = relativeUrl;
        _outputPathByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var outputs = new List<(string, byte[])>();
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var outputPath = "assets/" + (IsHashed(name) ? HashedName(name, bytes) : name);
            _outputPathByName[name] = outputPath;
            outputs.Add((outputPath, bytes));
        }
        Files = outputs;
    }

    /// <summary>Reads every file under <c>templates/assets/</c>.</summary>
    public static AssetCatalog Load(string siteRoot, Func<string, string> relativeUrl)
    {
        var root = Path.Combine(siteRoot, TemplateSet.Folder, "assets");
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(root, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }
        return new AssetCatalog(files, relativeUrl);
    }

    /// <summary>The URL path of asset <paramref name="name"/>, e.g. <c>/library/assets/site.3f2a91c0.css</c>.</summary>
    public string Url(string name) => _outputPathByName.TryGetValue(name, out var path)
        ? _relativeUrl("/" + path)
        : throw new ScriptRuntimeException(default, $"no asset '{name}' in templates/assets/");

    private static bool IsHashed(string name) => name.EndsWith(".css", StringComparison.Ordinal) || name.EndsWith(".js", StringComparison.Ordinal);

    private static string HashedName(string name, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = name.LastIndexOf('.');
        return $"{name[..dot]}.{hash}{name[dot..]}";
    }
}
