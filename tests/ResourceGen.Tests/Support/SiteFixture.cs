namespace ResourceGen.Tests.Support;

/// <summary>
/// A site written to a temporary folder from an inline file set in txtar style:
/// <c>-- site.yml --</c> starts a file, everything up to the next marker is its text.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    /// <summary>Small templates that print the essentials, for tests that are not about the theme.</summary>
    public const string MinimalTemplates = """
        -- templates/base.html --
        <html lang="{{ site.language }}"><title>{{ title }}</title><body>{{ content }}</body></html>
        -- templates/article.html --
        <h1>{{ page.title }}</h1>{{ for t in page.tags }}<a href="{{ t.url }}">{{ t.name }}</a>{{ end }}{{ page.content }}
        -- templates/activity.html --
        <h1>{{ page.title }}</h1>{{ page.content }}
        -- templates/checklist.html --
        <h1>{{ page.title }}</h1>{{ page.content }}
        -- templates/list.html --
        <h1>{{ section.title }}</h1>{{ for p in section.pages }}<a href="{{ p.url }}">{{ p.title }}</a>{{ end }}
        -- templates/tags.html --
        {{ for t in terms }}<a href="{{ t.url }}">{{ t.name }} ({{ t.count }})</a>{{ end }}
        -- templates/tag.html --
        <h1>{{ term.name }}</h1>{{ for p in term.pages }}<a href="{{ p.url }}">{{ p.title }}</a>{{ end }}
        -- templates/audience.html --
        <h1>{{ term.name }}</h1>{{ for p in term.pages }}<a href="{{ p.url }}">{{ p.title }}</a>{{ end }}
        -- templates/home.html --
        <h1>{{ site.title }}</h1>
        -- templates/404.html --
        <h1>Not found</h1>

        """;

    /// <summary>The site folder.</summary>
    public string Root { get; }

    private SiteFixture(string root) => Root = root;

    /// <summary>Writes <paramref name="files"/> (txtar style) into a new temporary folder.</summary>
    public static SiteFixture Create(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "resourcegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var fixture = new SiteFixture(root);
        foreach (var (path, text) in Parse(files)) fixture.Write(path, text);
        return fixture;
    }

    /// <summary>Copies a folder of the repository (e.g. the sample site) into a new temporary folder.</summary>
    public static SiteFixture CopyOf(string sourceFolder, params string[] folders)
    {
        var fixture = Create("");
        foreach (var entry in folders)
        {
            var from = Path.Combine(sourceFolder, entry);
            if (File.Exists(from)) File.Copy(from, Path.Combine(fixture.Root, entry));
            else CopyDirectory(from, Path.Combine(fixture.Root, entry));
        }
        return fixture;
    }

    /// <summary>Writes or replaces one file of the site.</summary>
    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Writes raw bytes to one file of the site.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The text of a file under the site folder.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Builds the site in memory.</summary>
    public BuildResult Build(bool drafts = false, string? baseUrl = null) =>
        SiteBuilder.Build(new BuildOptions(Root, Drafts: drafts, BaseUrl: baseUrl), new Diagnostics.DiagnosticBag());

    /// <summary>Every file of a folder under the site, by relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);

    /// <inheritdoc />
    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static IEnumerable<(string Path, string Text)> Parse(string files)
    {
        string? current = null;
        var lines = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) yield return (current, string.Join('\n', lines) + "\n");
                current = line[3..^3].Trim();
                lines.Clear();
            }
            else if (current is not null) lines.Add(line);
        }
        if (current is not null) yield return (current, string.Join('\n', lines).TrimEnd('\n') + "\n");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
