using System.Collections.Concurrent;

namespace ResourceGen.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to add to from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>How many diagnostics were added.</summary>
    public int Count => _items.Count;

    /// <summary>True while no diagnostic was added; much cheaper than <see cref="Count"/>.</summary>
    public bool IsEmpty => _items.IsEmpty;

    /// <summary>Adds an error.</summary>
    public void Error(DiagnosticDescriptor descriptor, string file, int line, int column, string message) =>
        _items.Enqueue(new Diagnostic(Severity.Error, descriptor, file, line, column, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(DiagnosticDescriptor descriptor, string file, int line, int column, string message) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, descriptor, file, line, column, message));

    /// <summary>Adds every diagnostic of <paramref name="other"/>.</summary>
    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other._items) _items.Enqueue(diagnostic);
    }

    /// <summary>Adds problems reported elsewhere, such as those a memoised query reported when it was computed.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) _items.Enqueue(diagnostic);
    }

    /// <summary>The problems in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> ToList() => [.. _items];

    /// <summary>
    /// All diagnostics sorted by file, line, column and code, so output is stable. Repeats are dropped: a template
    /// error hit while rendering a thousand pages is one problem.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.File, StringComparer.Ordinal)
        .ThenBy(d => d.Line).ThenBy(d => d.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
