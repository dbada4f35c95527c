using System.Text;
using System.Text.RegularExpressions;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Comments;

/// <summary>A small site with the repository's own templates and a <c>comments:</c> section, for comment tests.</summary>
public static partial class CommentSite
{
    /// <summary>Each provider's block, as a site owner would write it.</summary>
    public const string ProviderBlocks = """
          giscus: { repo: owner/name, repo_id: R_kgDOx, category: Q&A, category_id: DIC_kwDOx, mapping: pathname, origin: https://giscus.app }
          utterances: { repo: owner/name, label: comments }
          disqus: { shortname: between-sessions }
          cusdis: { app_id: 3fbe-1234 }
          remark42: { origin: https://remark42.example.org, site_id: library }
          isso: { origin: https://comments.example.org/isso }

        """;

    /// <summary>An article, a checklist and an activity, each in its own folder.</summary>
    public const string Content = """
        -- content/articles/first-steps.md --
        ---
        title: First steps
        date: 2026-01-01
        ---
        Hello.
        -- content/checklists/packing-list.md --
        ---
        title: Packing list
        ---
        - [ ] Pack a snack
        -- content/activities/button-game.md --
        ---
        title: Button game
        ---
        Play.

        """;

    /// <summary>Writes a site whose <c>site.yml</c> ends with <paramref name="comments"/>, plus <paramref name="files"/> (txtar style).</summary>
    public static SiteFixture Create(string comments, string files = Content)
    {
        var site = SiteFixture.CopyOf(RepoPaths.Root, "templates");
        site.Write("site.yml", "title: Library\nbase_url: https://example.org/library/\n" + comments);
        foreach (var (path, text) in Files(files)) site.Write(path, text);
        return site;
    }

    /// <summary>Builds the site and returns the built page at <paramref name="path"/>; fails on any error.</summary>
    public static string Page(BuildResult result, string path)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Bytes);
    }

    /// <summary>The page's policy meta line and its comments section, with asset hashes left out so style edits do not churn golden files.</summary>
    public static string CommentsPart(string html)
    {
        var policy = html.Split('\n').Single(l => l.Contains("Content-Security-Policy", StringComparison.Ordinal));
        var start = html.IndexOf("<section class=\"comments\"", StringComparison.Ordinal);
        var section = start < 0 ? "(no comments section)" : html[start..(html.IndexOf("</section>\n", start, StringComparison.Ordinal) + 10)];
        return AssetHash().Replace(policy + "\n" + section + "\n", ".HASH.$1");
    }

    private static IEnumerable<(string Path, string Text)> Files(string files)
    {
        using var parsed = SiteFixture.Create(files);
        foreach (var file in Directory.EnumerateFiles(parsed.Root, "*", SearchOption.AllDirectories))
            yield return (Path.GetRelativePath(parsed.Root, file), File.ReadAllText(file));
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.(css|js)")]
    private static partial Regex AssetHash();
}
