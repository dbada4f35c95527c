using ResourceGen.SiteFile;
using System.Text;
using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Schema;
using ResourceGen.Templating;
using ResourceGen.Text;

namespace ResourceGen.Authoring;

/// <summary><c>resourcegen new</c>: creates <c>content/&lt;section&gt;/&lt;slug&gt;.md</c> from the type's archetype, never over an existing file.</summary>
public static class NewResourceWriter
{
    /// <summary>The names of the built-in types (<c>article</c>, ...), which every site has.</summary>
    public static IReadOnlyList<string> BuiltInTypes => [.. ContentTypes.BuiltIn.All.Select(t => t.Name)];

    /// <summary>Creates the file and returns its path relative to the site folder, or null after reporting why it could not.</summary>
    /// <param name="siteRoot">The site folder.</param>
    /// <param name="typeName">The kind of resource: a built-in type or one of the site's <c>types:</c>.</param>
    /// <param name="title">The title as typed.</param>
    /// <param name="today">The date the new resource gets.</param>
    /// <param name="diagnostics">Where problems go; problems <c>check</c> would find in the new file are added too.</param>
    public static string? Write(string siteRoot, string typeName, string title, DateOnly today, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(siteRoot, diagnostics);
        if (config is null) return null;
        var type = config.Types.ByName(typeName);
        if (type is null)
        {
            var names = config.Types.All.Select(t => t.Name).ToList();
            diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0,
                $"'{typeName}' is not a content type of this site; use one of {string.Join(", ", names)}{SpellingSuggester.Hint(typeName, names)}");
            return null;
        }
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.UsageError, "", 0, 0, $"the title '{title}' has no letters or digits to make a file name from; give a title in words");
            return null;
        }
        var relative = $"{ContentDiscovery.ContentFolder}/{type.Section}/{slug}.md";
        var path = Path.Combine(siteRoot, relative);
        if (File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.WouldOverwrite, relative, 0, 0,
                "this file already exists and was left as it is; edit it, or choose a different title for the new resource");
            return null;
        }

        var (archetype, archetypeText) = ReadArchetype(siteRoot, type);
        var values = new ArchetypeValues(title.Trim(), slug, today, type, RequiredKeys(type, config.Schema),
            config.Schema.Tags?.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList() ?? []);
        var text = ArchetypeRenderer.Render(archetypeText, archetype, values, diagnostics);
        if (text is null) return null;

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var file = new FileStream(path, FileMode.CreateNew)) file.Write(new UTF8Encoding(false).GetBytes(text));
        ContentLoader.Load(relative, text, diagnostics, config.Schema);
        return relative;
    }

    // The site's own archetype for the type, else its generic one, else the built-in theme's, in the same order.
    private static (string Path, string Text) ReadArchetype(string siteRoot, ContentType type)
    {
        string[] names = [$"{type.Name}.md", ArchetypeRenderer.Generic];
        foreach (var name in names)
        {
            var own = $"{TemplateSet.Folder}/{ArchetypeRenderer.Folder}/{name}";
            if (File.Exists(Path.Combine(siteRoot, own))) return (own, File.ReadAllText(Path.Combine(siteRoot, own)));
        }
        var builtIn = names.Select(n => $"{ArchetypeRenderer.Folder}/{n}").First(BuiltInFiles.Theme.ContainsKey);
        return ($"{TemplateSet.Folder}/{builtIn}", Encoding.UTF8.GetString(BuiltInFiles.Theme[builtIn]));
    }

    // A part needs its series, so requiring 'part' brings 'series' out too.
    private static HashSet<string> RequiredKeys(ContentType type, SchemaSettings settings)
    {
        var keys = settings.RequiredKeys(type).ToHashSet(StringComparer.Ordinal);
        if (keys.Contains("part")) keys.Add("series");
        return keys;
    }
}
