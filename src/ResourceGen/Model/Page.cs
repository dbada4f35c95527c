using ResourceGen.Markdown;
using ResourceGen.Schema;
using ResourceGen.Security;
using ResourceGen.Text;

namespace ResourceGen.Model;

/// <summary>A published resource as templates see it (as <c>page</c>; members are snake_case there).</summary>
internal sealed record Page
{
    /// <summary>Path of the source file, e.g. <c>content/articles/a.md</c>.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The content type.</summary>
    public required ContentType ContentType { get; init; }
    /// <summary>The type name, e.g. article, activity or checklist.</summary>
    public string Type => ContentType.Name;
    /// <summary>The type as readers see it, e.g. "Activity guide".</summary>
    public string TypeTitle => ContentType.SingularTitle;
    /// <summary>The title.</summary>
    public required string Title { get; init; }
    /// <summary>The last URL segment.</summary>
    public required string Slug { get; init; }
    /// <summary>The site path without the base path, e.g. <c>/articles/a/</c>.</summary>
    public required string SitePath { get; init; }
    /// <summary>URL path including the base path, for links.</summary>
    public required string Url { get; init; }
    /// <summary>Absolute URL, for canonical links and feeds.</summary>
    public required string Permalink { get; init; }
    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Last update.</summary>
    public DateOnly? Updated { get; init; }
    /// <summary>The summary: from front matter, else the first paragraph.</summary>
    public required string Summary { get; init; }
    /// <summary>Tags, with their display names and URLs.</summary>
    public IReadOnlyList<TermLink> Tags { get; init; } = [];
    /// <summary>Audiences, with their URLs.</summary>
    public IReadOnlyList<TermLink> Audience { get; init; } = [];
    /// <summary>Authors' names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>The page's place in its series, or null.</summary>
    public SeriesInfo? Series { get; init; }
    /// <summary>True for a draft (only built with <c>--drafts</c>).</summary>
    public bool Draft { get; init; }
    /// <summary>The <c>comments</c> key, or null for the site default.</summary>
    public bool? Comments { get; init; }
    /// <summary>The <c>comments_id</c> key: the name of the page's comment thread when it is not the slug.</summary>
    public string? CommentsId { get; init; }
    /// <summary>The rendered body.</summary>
    public required HtmlFragment Content { get; init; }
    /// <summary>The body as plain text.</summary>
    public required string PlainText { get; init; }
    /// <summary>Headings for a table of contents.</summary>
    public IReadOnlyList<Heading> Toc { get; init; } = [];
    /// <summary>Task-list items (checklists).</summary>
    public IReadOnlyList<ChecklistItem> ChecklistItems { get; init; } = [];
    /// <summary>The steps of the first numbered list (an activity's steps), as plain text.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];
    /// <summary>Every id in the body: what a link's <c>#anchor</c> may name.</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();
    /// <summary>The other origins the body loads from (images, video frames), for the page's policy.</summary>
    public IReadOnlyList<PolicySource> EmbeddedSources { get; init; } = [];
    /// <summary>Words in the body.</summary>
    public int WordCount { get; init; }
    /// <summary>Minutes to read at 200 words a minute, at least 1.</summary>
    public int ReadingTime => Math.Max(1, (WordCount + 199) / 200);
    /// <summary>The values of the type's own fields by key (<c>page.fields.age</c>), typed by their kind; see <see cref="FrontMatter.Fields"/>.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
    /// <summary>The features the type turns on, each as true (<c>page.features.print</c>).</summary>
    public IReadOnlyDictionary<string, bool> Features => ContentType.FeatureFlags;
    /// <summary>Up to three pages sharing the most tags with this one.</summary>
    public IReadOnlyList<Page> Related { get; init; } = [];
    /// <summary>The code of the page's language.</summary>
    public string Language { get; init; } = "en";
    /// <summary>For a translation whose original changed after it: what the page's notice says; else null.</summary>
    public TranslationNotice? Outdated { get; init; }
    /// <summary>Every front-matter key, custom keys included.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>Pages are equal only to themselves: comparing whole pages by value would be slow and never wanted.</summary>
    public bool Equals(Page? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>The newer of <see cref="Date"/> and <see cref="Updated"/>.</summary>
    public DateOnly? LastModified => Updated is { } updated && (Date is null || updated > Date) ? updated : Date;
}
