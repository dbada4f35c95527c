using ResourceGen.Diagnostics;
using ResourceGen.Engine;

namespace ResourceGen.Pipeline;

/// <summary>
/// Everything a build reads from outside, as inputs of the query store: the bytes of each file by its path
/// relative to the site folder, the list of files in each folder the build reads, and the git history.
/// </summary>
internal sealed class SiteInputs
{
    /// <summary>Each file's bytes by site-relative path; null for a file that does not exist.</summary>
    public InputTable<string, byte[]?> Files { get; } = new(ValueComparers.Bytes, null);

    /// <summary>Each folder's files (site-relative paths, in ordinal order), by folder.</summary>
    public InputTable<string, IReadOnlyList<string>> Listings { get; } = new(ValueComparers.Sequence<string>(), []);

    /// <summary>The symbolic links not followed and the file limit reached while listing, by folder (and for <c>site.yml</c>).</summary>
    public InputTable<string, IReadOnlyList<Diagnostic>> ListingProblems { get; } = new(ValueComparers.Sequence<Diagnostic>(), []);

    /// <summary>The date of the last commit of each content file, with the warnings reading it gave; empty without <c>--git-dates</c>.</summary>
    public Input<GitHistory> GitHistory { get; } = new(EqualityComparer<GitHistory>.Default, Pipeline.GitHistory.None);
}

/// <summary>The last commit date of each content file by path, and the warnings from reading the history.</summary>
internal sealed record GitHistory(IReadOnlyDictionary<string, DateOnly> Dates, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>No history: <c>--git-dates</c> is off.</summary>
    public static GitHistory None { get; } = new(new Dictionary<string, DateOnly>(), []);

    /// <summary>Equal when both hold the same dates and warnings.</summary>
    public bool Equals(GitHistory? other) => other is not null && Warnings.SequenceEqual(other.Warnings)
        && Dates.Count == other.Dates.Count && Dates.All(pair => other.Dates.TryGetValue(pair.Key, out var date) && date == pair.Value);

    /// <inheritdoc />
    public override int GetHashCode() => Dates.Count;
}
