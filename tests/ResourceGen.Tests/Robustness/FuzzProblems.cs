using System.Text;

namespace ResourceGen.Tests.Robustness;

/// <summary>One fuzz iteration: the file it mutated, the mutated bytes and how they were made.</summary>
/// <param name="Iteration">The iteration number, to replay it with the seed.</param>
/// <param name="File">The mutated file, relative to the site folder.</param>
/// <param name="Bytes">The mutated content.</param>
/// <param name="How">The mutations applied, e.g. "truncated at byte 812".</param>
internal sealed record FuzzRun(int Iteration, string File, byte[] Bytes, string How)
{
    /// <summary>Lines as ResourceGen counts them: LF, CRLF and CR each end a line.</summary>
    public int LineCount => Encoding.UTF8.GetString(Bytes).Replace("\r\n", "\n").Replace('\r', '\n').Count(c => c == '\n') + 1;

    /// <summary>The mutated text, with invalid bytes as U+FFFD and control characters as U+2426.</summary>
    public string Printable => new(Encoding.UTF8.GetString(Bytes).Select(c => c is '\n' or '\t' || c >= ' ' ? c : '\u2426').ToArray());
}

/// <summary>
/// Problems found by the fuzz test, grouped by kind, so one run reports every kind of bug it met rather than the
/// first; the first iteration of each kind is kept in full to replay. Safe to add to from several threads.
/// </summary>
/// <param name="seed">The seed, printed with each problem.</param>
internal sealed class FuzzProblems(int seed)
{
    private readonly SortedDictionary<string, (int Count, int Iteration, string First)> _byKind = new(StringComparer.Ordinal);

    /// <summary>The number of problems of every kind.</summary>
    public int Count
    {
        get
        {
            lock (_byKind) return _byKind.Values.Sum(p => p.Count);
        }
    }

    /// <summary>Records <paramref name="problem"/> (its first line is its kind) found in <paramref name="run"/>.</summary>
    public void Add(string problem, FuzzRun run, string? detail = null)
    {
        var kind = problem.Split('\n')[0];
        kind = kind.Length > 160 ? kind[..160] : kind;
        var first = $"seed {seed}, iteration {run.Iteration}, {run.File} ({run.How}): {detail ?? problem}\n"
            + $"--- mutated text ---\n{run.Printable}\n--- end ---";
        lock (_byKind)
        {
            // Keep the lowest iteration of each kind, so the report does not depend on thread timing.
            _byKind[kind] = _byKind.TryGetValue(kind, out var seen)
                ? (seen.Count + 1, Math.Min(seen.Iteration, run.Iteration), run.Iteration < seen.Iteration ? first : seen.First)
                : (1, run.Iteration, first);
        }
    }

    /// <summary>A summary line per kind, then the first iteration of each kind in full.</summary>
    public string Report()
    {
        lock (_byKind)
        {
            return $"{_byKind.Values.Sum(p => p.Count)} problems of {_byKind.Count} kinds:\n"
                + string.Join("\n", _byKind.Select(p => $"- {p.Value.Count} x {p.Key}"))
                + "\n\nThe first of each kind:\n\n" + string.Join("\n\n", _byKind.Values.Select(p => p.First));
        }
    }
}
