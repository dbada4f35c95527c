using System.Diagnostics;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Authoring;

// Issue 9: --git-dates gives pages without 'updated' the date of their file's last commit.
public class GitDatesTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/articles/plain.md --
        ---
        title: Plain
        date: 2026-01-01
        ---
        Text.
        -- content/articles/own-date.md --
        ---
        title: Own date
        date: 2026-01-01
        updated: 2026-02-01
        ---
        Text.

        """;

    [Fact]
    public void A_page_without_updated_gets_its_last_commit_date_and_a_page_with_it_keeps_its_own()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        Git(site.Root, "init -q");
        Commit(site.Root, "2026-03-05T10:00:00+00:00");
        site.Write("content/articles/plain.md", site.Read("content/articles/plain.md") + "More.\n");
        Commit(site.Root, "2026-04-09T10:00:00+00:00");

        var result = SiteBuilder.Build(new BuildOptions(site.Root) { GitDates = true }, new DiagnosticBag());

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Contains("<lastmod>2026-04-09</lastmod>", Sitemap(result));
        Assert.Contains("<lastmod>2026-02-01</lastmod>", Sitemap(result));
    }

    [Fact]
    public void The_live_engine_reads_git_dates_and_follows_a_new_commit()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        Git(site.Root, "init -q");
        Commit(site.Root, "2026-03-05T10:00:00+00:00");
        var output = Path.Combine(site.Root, "_site");
        var live = new ResourceGen.Incremental.IncrementalSiteBuilder(new BuildOptions(site.Root) { GitDates = true });

        var first = live.Rebuild(null);
        site.Write("content/articles/plain.md", site.Read("content/articles/plain.md") + "More.\n");
        Commit(site.Root, "2026-04-09T10:00:00+00:00");
        var second = live.Rebuild(["content/articles/plain.md"]);

        Assert.True(first.Build.Succeeded && second.Build.Succeeded, string.Join('\n', second.Build.Diagnostics));
        Assert.Contains("<lastmod>2026-03-05</lastmod>", Sitemap(first.Build));
        Assert.Contains("<lastmod>2026-04-09</lastmod>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        var full = SiteBuilder.Build(new BuildOptions(site.Root) { GitDates = true }, new DiagnosticBag());
        Assert.Equal(Sitemap(full), File.ReadAllText(Path.Combine(output, "sitemap.xml")));
    }

    [Fact]
    public void Without_the_flag_git_history_is_not_read()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        Git(site.Root, "init -q");
        Commit(site.Root, "2026-03-05T10:00:00+00:00");

        var result = SiteBuilder.Build(new BuildOptions(site.Root), new DiagnosticBag());

        Assert.DoesNotContain("2026-03-05", Sitemap(result));
    }

    [Fact]
    public void Outside_a_git_repository_there_is_a_warning_and_the_build_goes_on()
    {
        using var site = SiteFixture.Create(Site + SiteFixture.MinimalTemplates);
        File.WriteAllText(Path.Combine(site.Root, ".git"), "gitdir: /nonexistent\n");

        var (exit, _, error) = CliRunner.Run("build", "--git-dates", "--source", site.Root);

        Assert.Equal(0, exit);
        Assert.StartsWith("warning RG0006: git history cannot be read", error);
    }

    [Fact]
    public void Dates_are_read_for_files_under_content_only_and_with_their_site_paths()
    {
        using var site = SiteFixture.Create(Site + "-- notes.md --\nnot content\n");
        Git(site.Root, "init -q");
        Commit(site.Root, "2026-03-05T10:00:00+00:00");

        var dates = GitDates.LastCommitDates(site.Root, new DiagnosticBag());

        Assert.Equal(["content/articles/own-date.md", "content/articles/plain.md"], dates.Keys.Order(StringComparer.Ordinal));
        Assert.All(dates.Values, d => Assert.Equal(new DateOnly(2026, 3, 5), d));
    }

    [Fact]
    public void With_git_dates_a_translation_is_outdated_when_its_original_was_committed_after_it()
    {
        using var site = SiteFixture.Create(Site.Replace("base_url: https://example.org/\n", "base_url: https://example.org/\nlanguages:\n  es: { name: Español }\n", StringComparison.Ordinal)
            + "-- content/articles/plain.es.md --\n---\ntitle: Sencillo\ndate: 2026-01-01\n---\nTexto.\n" + SiteFixture.MinimalTemplates);
        Git(site.Root, "init -q");
        Commit(site.Root, "2026-03-05T10:00:00+00:00");
        var before = SiteBuilder.Build(new BuildOptions(site.Root) { GitDates = true }, new DiagnosticBag());
        site.Write("content/articles/plain.md", site.Read("content/articles/plain.md") + "More.\n");
        Commit(site.Root, "2026-04-09T10:00:00+00:00");

        var after = SiteBuilder.Build(new BuildOptions(site.Root) { GitDates = true }, new DiagnosticBag());

        Assert.DoesNotContain(before.Diagnostics, d => d.Descriptor.Code == "RG0704");
        var warning = Assert.Single(after.Diagnostics, d => d.Descriptor.Code == "RG0704");
        Assert.Equal("content/articles/plain.es.md", warning.File);
        Assert.Contains("changed on 2026-04-09, after this translation on 2026-03-05", warning.Message);
    }

    private static string Sitemap(BuildResult result) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sitemap.xml").Bytes);

    private static void Commit(string root, string date)
    {
        Git(root, "add -A");
        Git(root, "-c user.name=Test -c user.email=test@example.org commit -q -m change", ("GIT_COMMITTER_DATE", date), ("GIT_AUTHOR_DATE", date));
    }

    private static void Git(string root, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = root, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
