namespace ResourceGen.Schema;

/// <summary>A content file's front matter after checking: known keys typed, every key kept in <see cref="Params"/>.</summary>
internal sealed record FrontMatter
{
    /// <summary>The page title.</summary>
    public required string Title { get; init; }
    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Date of the last meaningful change.</summary>
    public DateOnly? Updated { get; init; }
    /// <summary>The author's summary, if given.</summary>
    public string? Summary { get; init; }
    /// <summary>Tags as written.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Audiences (parents, educators, therapists).</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];
    /// <summary>Authors' names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Series name.</summary>
    public string? Series { get; init; }
    /// <summary>Part number within the series.</summary>
    public int? Part { get; init; }
    /// <summary>Drafts are built only with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }
    /// <summary>Whether comments are shown; null means the site default.</summary>
    public bool? Comments { get; init; }
    /// <summary>Names the page's comment thread in place of its slug, so the thread survives a slug change.</summary>
    public string? CommentsId { get; init; }
    /// <summary>Overrides the slug taken from the file name.</summary>
    public string? Slug { get; init; }
    /// <summary>The <c>translation_key</c> key: what links a translation to its original when their file names differ.</summary>
    public string? TranslationKey { get; init; }
    /// <summary>
    /// The values of the type's own fields (those that are not common keys), typed by their kind, in the type's order:
    /// a list field is always there (empty when not given), any other only when given.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
    /// <summary>Every front-matter key as plain values, custom keys included, for templates.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();
    /// <summary>File line of each key, for later diagnostics (series checks).</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();
}
