namespace ResourceGen.Schema;

/// <summary>The content types ResourceGen builds and the front-matter schema of each, in one place.</summary>
public static class ContentTypes
{
    /// <summary>Who a resource is for.</summary>
    public static readonly IReadOnlyList<string> Audiences = ["parents", "educators", "therapists"];

    /// <summary>Where an activity takes place.</summary>
    public static readonly IReadOnlyList<string> Settings = ["home", "classroom", "clinic"];

    /// <summary>The <c>type</c> key: one of the type names.</summary>
    public static readonly ChoiceField TypeField = new("article", "activity", "checklist");

    private static FieldRule[] Common(bool dateRequired) =>
    [
        new("title", new TextField(), Required: true),
        new("type", TypeField),
        new("date", new DateField(), Required: dateRequired),
        new("updated", new DateField()),
        new("summary", new TextField()),
        new("tags", new TextListField()),
        new("audience", new ChoiceField([.. Audiences]) { Multiple = true }),
        new("authors", new TextListField()),
        new("series", new TextField()),
        new("part", new PositiveIntegerField()),
        new("draft", new BooleanField()),
        new("comments", new BooleanField()),
        new("comments_id", new SlugField()),
        new("slug", new SlugField()),
    ];

    /// <summary>Articles: longer reading, dated.</summary>
    public static readonly ContentType Article = new("article", "articles", "Articles", "Article", Common(dateRequired: true));

    /// <summary>Activity guides: something to do with a child, with ages, time, materials and skills.</summary>
    public static readonly ContentType Activity = new("activity", "activities", "Activity guides", "Activity guide",
    [
        .. Common(dateRequired: false),
        new("age", new AgeRangeField()),
        new("duration", new PositiveIntegerField()),
        new("materials", new TextListField()),
        new("skills", new TextListField()),
        new("setting", new ChoiceField([.. Settings])),
    ]);

    /// <summary>Checklists: task-list items a family can tick off or print.</summary>
    public static readonly ContentType Checklist = new("checklist", "checklists", "Checklists", "Checklist", Common(dateRequired: false));

    /// <summary>All types, in the order menus show them.</summary>
    public static readonly IReadOnlyList<ContentType> All = [Article, Activity, Checklist];

    /// <summary>The type named <paramref name="name"/> (the <c>type</c> key), or null.</summary>
    public static ContentType? ByName(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The type whose folder is <paramref name="section"/>, or null.</summary>
    public static ContentType? BySection(string section) => All.FirstOrDefault(t => t.Section == section);

    /// <summary>Every key any type knows, for "did you mean" hints.</summary>
    public static IReadOnlyList<string> AllKeys { get; } = All.SelectMany(t => t.Fields).Select(f => f.Key).Distinct().ToList();
}
