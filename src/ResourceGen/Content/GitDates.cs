using System.Diagnostics;
using System.Globalization;
using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>
/// <c>--git-dates</c>: a page without <c>updated</c> gets the date of the last commit that changed its file, when
/// that is later than its <c>date</c>. The whole history is read in one <c>git log</c>. Without git, outside a
/// repository or in a shallow clone there is a warning, never a failure.
/// </summary>
internal static class GitDates
{
    /// <summary><paramref name="item"/> with <c>updated</c> filled in from <paramref name="dates"/> (<see cref="LastCommitDates"/>) when it does not set it.</summary>
    public static ContentItem Apply(ContentItem item, IReadOnlyDictionary<string, DateOnly> dates) =>
        item.FrontMatter.Updated is null && dates.TryGetValue(item.SourcePath, out var changed) && (item.FrontMatter.Date is not { } date || changed > date)
            ? item with { FrontMatter = item.FrontMatter with { Updated = changed } }
            : item;

    /// <summary>The date of the last commit of each file under <c>content/</c>, by path relative to the site folder.</summary>
    public static IReadOnlyDictionary<string, DateOnly> LastCommitDates(string siteRoot, DiagnosticBag diagnostics)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var shallow = Git(siteRoot, "rev-parse --is-shallow-repository");
        var log = shallow is null ? null : Git(siteRoot, $"-c core.quotepath=off log --format=%x1e%cs --name-only --relative -- {ContentDiscovery.ContentFolder}");
        if (log is null)
        {
            Warn(diagnostics, "git history cannot be read (is git installed, and is the site inside a git clone?); 'updated' dates come from front matter only");
            return dates;
        }
        if (shallow!.Trim() == "true")
            Warn(diagnostics, "this git clone is shallow, so dates from git may be too recent; clone the whole history (in GitHub Actions: fetch-depth: 0)");

        var commitDate = default(DateOnly);
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('\u001e')) commitDate = DateOnly.ParseExact(line[1..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            else if (line.Length > 0) dates.TryAdd(line, commitDate);
        }
        return dates;
    }

    private static void Warn(DiagnosticBag diagnostics, string message) =>
        diagnostics.Warning(DiagnosticCodes.GitHistoryUnavailable, "", 0, 0, message);

    // The command's output, or null when git is missing or fails (for example outside a repository).
    private static string? Git(string workingDirectory, string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
