using System.Text.RegularExpressions;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Incremental;

/// <summary>One change made to the site: what it was, for a failure message, and the files it touched.</summary>
public sealed record SiteEdit(string Description, IReadOnlyList<string> ChangedPaths);

/// <summary>
/// Makes seeded random edits to a site copied from the sample library: body and front-matter edits, adds, deletes,
/// renames, template and <c>site.yml</c> changes. Some edits break a file (or turn a page into a draft) and are undone
/// a few edits later; until then no other edit touches that file, and no page a broken file links to is renamed or
/// deleted, so undoing it restores a good site.
/// </summary>
public sealed partial class RandomSiteEdits
{
    private const int MinPages = 20;
    private const int MaxPages = 38;
    private const string GeneratedHeading = "Things to try";
    private static readonly string[] Sections = ["articles", "activities", "checklists"];
    private static readonly string[] Vocabulary = ["collaboration", "communication", "fine-motor", "goals", "gross-motor", "home-practice", "play", "routines", "school", "self-regulation", "sensory-processing"];
    private static readonly string[] Words = ["pegs", "dough", "buttons", "balance", "scissors", "routine", "calm", "swing", "crayons", "puzzle", "stairs", "music"];
    private static readonly string[] Templates = ["templates/partials/card.html", "templates/partials/footer.html", "templates/article.html", "templates/list.html", "templates/assets/site.css"];

    private readonly Random _random;
    private readonly SiteFixture _site;
    private readonly List<string> _pages;
    private readonly List<string> _generated = [];
    private readonly Dictionary<string, Undo> _undo = new(StringComparer.Ordinal);
    private int _made;

    private sealed record Undo(string Text, string Description, int DueAt);

    /// <summary>Starts from <paramref name="site"/> (a copy of the sample library) and adds generated pages to it.</summary>
    public RandomSiteEdits(SiteFixture site, int seed, int generatedPages)
    {
        _site = site;
        _random = new Random(seed);
        _pages = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < generatedPages; i++) AddPage();
    }

    /// <summary>Makes the next edit, on disk, and says what it was.</summary>
    public SiteEdit Next(int step)
    {
        if (_undo.FirstOrDefault(u => u.Value.DueAt <= step) is { Key: not null } due) return Restore(due.Key, due.Value);
        while (true)
        {
            var edit = _random.Next(100) switch
            {
                < 22 => EditBody(),
                < 44 => EditFrontMatter(),
                < 51 => _pages.Count < MaxPages ? AddPage() : null,
                < 56 => DeletePage(),
                < 61 => RenamePage(),
                < 70 => EditTemplate(),
                < 77 => EditSettings(),
                < 80 => EditComment(),
                < 85 => Break(step, "turn into a draft", DraftablePage(), text => SetKey(text, "draft", "true")),
                _ => BreakSomething(step),
            };
            if (edit is not null) return edit;
        }
    }

    private SiteEdit AddPage()
    {
        var section = Pick(Sections);
        var path = $"content/{section}/generated-{++_made}.md";
        var date = section == "checklists" && _random.Next(2) == 0 ? "" : $"date: {RandomDate()}\n";
        var tags = string.Concat(Vocabulary.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).Select(t => $"  - {t}\n"));
        var body = section == "checklists" ? $"- [ ] Bring the {Pick(Words)}.\n- [ ] Try the {Pick(Words)} game.\n" : $"{Sentence()}\n";
        _site.Write(path, $"---\ntitle: \"Generated page {_made}\"\n{date}tags:\n{tags}audience:\n  - parents\n---\n\n{Sentence()}\n\n## {GeneratedHeading}\n\n{body}");
        _pages.Add(path);
        _generated.Add(path);
        return new SiteEdit($"add {path}", [path]);
    }

    private SiteEdit? DeletePage()
    {
        if (_generated.Count <= 4 || _pages.Count <= MinPages || MovablePage() is not { } path) return null;
        File.Delete(Path.Combine(_site.Root, path));
        _pages.Remove(path);
        _generated.Remove(path);
        var linking = RewriteLinks(path, match => match.Groups["text"].Value);
        return new SiteEdit($"delete {path} and unlink it from {linking.Count} pages", [path, .. linking]);
    }

    private SiteEdit? RenamePage()
    {
        if (MovablePage() is not { } path) return null;
        var renamed = $"{Path.GetDirectoryName(path)!.Replace('\\', '/')}/renamed-{++_made}.md";
        File.Move(Path.Combine(_site.Root, path), Path.Combine(_site.Root, renamed));
        _pages[_pages.IndexOf(path)] = renamed;
        _generated[_generated.IndexOf(path)] = renamed;
        var linking = RewriteLinks(path, match => $"[{match.Groups["text"].Value}](../{renamed["content/".Length..]}{match.Groups["anchor"].Value})");
        return new SiteEdit($"rename {path} to {renamed} and its {linking.Count} links", [path, renamed, .. linking]);
    }

    private SiteEdit? EditBody()
    {
        if (EditablePage() is not { } path) return null;
        // A page waiting to be undone may lose the heading linked to now, so links go only to settled pages.
        var target = Pick(_pages.Where(Editable).ToList());
        var (what, change) = _random.Next(4) switch
        {
            0 => ("add a paragraph", (Func<string, string>)(text => text + $"\n{Sentence()}\n")),
            1 => ("add a heading", text => text + $"\n## About the {Pick(Words)}\n\n{Sentence()}\n"),
            2 => ($"link to {target}", text => text + $"\nSee [{Pick(Words)}]({LinkTo(target)}).\n"),
            _ => ($"link to a heading of {target}", text => text + $"\nSee [{Pick(Words)}]({LinkTo(target)}#{AnchorOf(target)}).\n"),
        };
        if (what.StartsWith("link to a heading", StringComparison.Ordinal) && AnchorOf(target) is null) return null;
        return Write(path, change, $"{what} in {path}");
    }

    private SiteEdit? EditFrontMatter()
    {
        if (EditablePage() is not { } path) return null;
        var text = _site.Read(path);
        var tags = TagsOf(text);
        return _random.Next(6) switch
        {
            0 when tags.Count < Vocabulary.Length => AddTag(path, Vocabulary.Except(tags).OrderBy(_ => _random.Next()).First()),
            1 when tags.Count > 1 => Write(path, t => t.Replace($"\n  - {Pick(tags)}\n", "\n", StringComparison.Ordinal), $"remove a tag from {path}"),
            2 => Write(path, t => SetKey(t, "title", $"\"{Sentence().TrimEnd('.')}\""), $"retitle {path}"),
            3 => Write(path, t => SetKey(t, "date", RandomDate()), $"redate {path}"),
            4 when !text.Contains("\nseries:", StringComparison.Ordinal) => Write(path, t => SetKey(t, "series", "\"Practice, step by step\""), $"add {path} to a series"),
            5 when text.Contains("\nseries: \"Practice", StringComparison.Ordinal) => Write(path, t => Regex.Replace(t, "\nseries: .*\n", "\n"), $"take {path} out of its series"),
            _ => null,
        };
    }

    private SiteEdit AddTag(string path, string tag) =>
        Write(path, t => t.Replace("\ntags:\n", $"\ntags:\n  - {tag}\n", StringComparison.Ordinal), $"add tag {tag} to {path}");

    private SiteEdit? EditTemplate()
    {
        var path = Pick(Templates);
        if (_undo.ContainsKey(path)) return null;
        var marker = $"edit-{++_made}";
        return path.EndsWith(".css", StringComparison.Ordinal)
            ? Write(path, t => t + $"\n.{marker} {{ outline: 0; }}\n", $"edit the stylesheet ({marker})")
            : Write(path, t => t + $"<!-- {marker} -->\n", $"edit {path} ({marker})");
    }

    private SiteEdit? EditSettings()
    {
        if (_undo.ContainsKey("site.yml")) return null;
        return _random.Next(4) switch
        {
            0 => Write("site.yml", t => Regex.Replace(t, @"page_size: \d+", $"page_size: {Pick(new[] { 2, 3, 5, 12 })}"), "change page_size in site.yml"),
            1 => Write("site.yml", t => Regex.Replace(t, @"feed_limit: \d+", $"feed_limit: {_random.Next(1, 30)}"), "change feed_limit in site.yml"),
            2 => Write("site.yml", t => Regex.Replace(t, "\ntitle: .*\n", $"\ntitle: Between Sessions {++_made}\n"), "retitle the site in site.yml"),
            _ => Write("site.yml", t => Regex.Replace(t, @"provider: \w+", _random.Next(2) == 0 ? "provider: none" : "provider: static"), "switch comments in site.yml"),
        };
    }

    private SiteEdit EditComment()
    {
        const string path = "data/comments/why-practice-at-home/2026-03-10-tom.yml";
        return Write(path, t => t.TrimEnd('\n') + $"\n  A word about {Pick(Words)}.\n", "edit a comment");
    }

    private SiteEdit? BreakSomething(int step) => _random.Next(7) switch
    {
        0 => Break(step, "add a tag outside the vocabulary", EditablePage(), t => t.Replace("\ntags:\n", "\ntags:\n  - not-in-the-vocabulary\n", StringComparison.Ordinal)),
        1 => Break(step, "give an impossible date", EditablePage(), t => SetKey(t, "date", "2026-13-41")),
        2 => Break(step, "remove the title", EditablePage(), t => Regex.Replace(t, "\ntitle: .*\n", "\n")),
        3 => Break(step, "link to a missing page", EditablePage(), t => t + "\nSee [nothing](../articles/no-such-page.md).\n"),
        4 => Break(step, "rename a heading other pages link to", _generated.Where(Editable).FirstOrDefault(), t => t.Replace($"## {GeneratedHeading}", "## Something else", StringComparison.Ordinal)),
        5 => Break(step, "leave a template tag open", _undo.ContainsKey(Templates[1]) ? null : Templates[1], t => t + "{{ if site.title }}\n"),
        _ => Break(step, "give page_size a word", _undo.ContainsKey("site.yml") ? null : "site.yml", t => Regex.Replace(t, @"page_size: \d+", "page_size: lots")),
    };

    private SiteEdit? Break(int step, string what, string? path, Func<string, string> change)
    {
        if (path is null) return null;
        var text = _site.Read(path);
        if (change(text) == text) return null;
        _undo[path] = new Undo(text, what, step + _random.Next(1, 5));
        return Write(path, change, $"{what} in {path}");
    }

    private SiteEdit Restore(string path, Undo undo)
    {
        _undo.Remove(path);
        _site.Write(path, undo.Text);
        return new SiteEdit($"undo '{undo.Description}' in {path}", [path]);
    }

    private SiteEdit Write(string path, Func<string, string> change, string description)
    {
        _site.Write(path, change(_site.Read(path)));
        return new SiteEdit(description, [path]);
    }

    private List<string> RewriteLinks(string target, MatchEvaluator replacement)
    {
        var link = new Regex($@"\[(?<text>[^\]]*)\]\(\.\./{Regex.Escape(target["content/".Length..])}(?<anchor>#[^)]*)?\)");
        var changed = new List<string>();
        foreach (var page in _pages)
        {
            var text = _site.Read(page);
            var rewritten = link.Replace(text, replacement);
            if (rewritten == text) continue;
            _site.Write(page, rewritten);
            changed.Add(page);
        }
        return changed;
    }

    /// <summary>A generated page that no file waiting to be undone links to, so moving it breaks nothing for good.</summary>
    private string? MovablePage()
    {
        var candidates = _generated.Where(p => Editable(p) && !_undo.Values.Any(u => u.Text.Contains(LinkTo(p), StringComparison.Ordinal))
            && !_undo.Keys.Any(k => _site.Read(k).Contains(LinkTo(p), StringComparison.Ordinal))).ToList();
        return candidates.Count == 0 ? null : Pick(candidates);
    }

    private string? EditablePage() => _pages.Where(Editable).ToList() is { Count: > 0 } pages ? Pick(pages) : null;

    private string? DraftablePage() => EditablePage() is { } page && !_site.Read(page).Contains("\ndraft:", StringComparison.Ordinal) ? page : null;

    private bool Editable(string path) => !_undo.ContainsKey(path);

    private string? AnchorOf(string target) =>
        _site.Read(target).Contains($"\n## {GeneratedHeading}\n", StringComparison.Ordinal) ? "things-to-try" : null;

    private static string LinkTo(string page) => $"../{page["content/".Length..]}";

    private static List<string> TagsOf(string text)
    {
        var match = TagList().Match(text);
        return match.Success ? match.Groups[1].Captures.Select(c => c.Value).ToList() : [];
    }

    private static string SetKey(string text, string key, string value)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var frontMatter = text[..end];
        var line = new Regex($"\n{key}: .*");
        frontMatter = line.IsMatch(frontMatter) ? line.Replace(frontMatter, $"\n{key}: {value}", 1) : frontMatter + $"\n{key}: {value}";
        return frontMatter + text[end..];
    }

    private string RandomDate() => new DateOnly(2025, 1, 1).AddDays(_random.Next(540)).ToString("yyyy-MM-dd");

    private string Sentence() => $"The {Pick(Words)} and the {Pick(Words)} help with {Pick(Words)} {_random.Next(1000)}.";

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    [GeneratedRegex(@"\ntags:\n(?:  - ([^\n]+)\n)+")]
    private static partial Regex TagList();
}
