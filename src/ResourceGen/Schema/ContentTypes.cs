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
        new("title", new TextField(), Required: true, "The title readers see, on the page, in lists and in search results."),
        new("type", TypeField, Description: "The kind of resource. Taken from the folder when left out; needed only for files outside the type folders."),
        new("date", new DateField(), Required: dateRequired, "The day it was first published, written YYYY-MM-DD, e.g. 2026-03-14."),
        new("updated", new DateField(), Description: "The day of the last real change, written YYYY-MM-DD."),
        new("summary", new TextField(), Description: "One or two sentences for cards, search results, the feed and the meta description. Without it, the first paragraph is used."),
        new("tags", new TextListField(), Description: "Topics, as a list: [fine-motor, play]."),
        new("audience", new ChoiceField([.. Audiences]) { Multiple = true }, Description: "Who it is for: parents, educators and/or therapists."),
        new("authors", new TextListField(), Description: "Who wrote it, as a list: [Maya Okafor, OT]."),
        new("series", new TextField(), Description: "The name of a series this page belongs to; every part uses the same name."),
        new("part", new PositiveIntegerField(), Description: "This page's place in its series: 1, 2, 3 ... Needs series."),
        new("draft", new BooleanField(), Description: "true keeps the page off the site until it is ready (it is built only with --drafts)."),
        new("comments", new BooleanField(), Description: "true or false turns comments on or off for this page, whatever the site's default for its type."),
        new("comments_id", new SlugField(), Description: "Names the page's comment thread in place of its slug (a-z, 0-9 and - only), so the thread survives a change of slug."),
        new("slug", new SlugField(), Description: "The last part of the page's address (a-z, 0-9 and - only). Taken from the file name when left out."),
    ];

    /// <summary>Articles: longer reading, dated.</summary>
    public static readonly ContentType Article = new("article", "articles", "Articles", "Article", Common(dateRequired: true));

    /// <summary>Activity guides: something to do with a child, with ages, time, materials and skills.</summary>
    public static readonly ContentType Activity = new("activity", "activities", "Activity guides", "Activity guide",
    [
        .. Common(dateRequired: false),
        new("age", new AgeRangeField(), Description: "The ages in years the activity suits, in quotes with the smaller age first: \"3-6\"."),
        new("duration", new PositiveIntegerField(), Description: "About how long it takes, in minutes: 20."),
        new("materials", new TextListField(), Description: "What to have ready, as a list: [pegs, a paper plate]."),
        new("skills", new TextListField(), Description: "The skills the activity practises, as a list: [grasp, bilateral coordination]."),
        new("setting", new ChoiceField([.. Settings]), Description: "Where it takes place: home, classroom or clinic."),
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
