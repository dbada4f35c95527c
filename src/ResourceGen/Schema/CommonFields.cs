namespace ResourceGen.Schema;

/// <summary>The keys every content type has (title, date, tags ...): the engine reads them, so they are not type data.</summary>
internal static class CommonFields
{
    /// <summary>Who a resource is for.</summary>
    public static readonly IReadOnlyList<string> Audiences = ["parents", "educators", "therapists"];

    private static readonly HashSet<string> Keys = [.. For([]).Select(f => f.Key)];

    /// <summary>True for a key every type has.</summary>
    public static bool IsCommon(string key) => Keys.Contains(key);

    /// <summary>The common rules, in the order schemas and archetypes list them; <c>type</c> takes one of <paramref name="typeNames"/>.</summary>
    public static FieldRule[] For(IReadOnlyList<string> typeNames) =>
    [
        new("title", new TextField(), Required: true, "The title readers see, on the page, in lists and in search results."),
        new("type", new ChoiceField([.. typeNames]), Description: "The kind of resource. Taken from the folder when left out; needed only for files outside the type folders."),
        new("date", new DateField(), Description: "The day it was first published, written YYYY-MM-DD, e.g. 2026-03-14."),
        new("updated", new DateField(), Description: "The day of the last real change, written YYYY-MM-DD."),
        new("summary", new TextField(), Description: "One or two sentences for cards, search results, the feed and the meta description. Without it, the first paragraph is used."),
        new("tags", new TextListField(), Description: "Topics, as a list: [fine-motor, play]."),
        new("audience", new ChoiceField([.. Audiences]) { Multiple = true }, Description: "Who it is for: parents, educators and/or therapists."),
        new("authors", new TextListField(), Description: "Who wrote it, as a list: [Maya Okafor, OT]."),
        new("series", new TextField(), Description: "The name of a series this page belongs to; every part uses the same name."),
        new("part", new IntegerField(min: 1), Description: "This page's place in its series: 1, 2, 3 ... Needs series."),
        new("draft", new BooleanField(), Description: "true keeps the page off the site until it is ready (it is built only with --drafts)."),
        new("comments", new BooleanField(), Description: "true or false turns comments on or off for this page, whatever the site's default for its type."),
        new("comments_id", new SlugField(), Description: "Names the page's comment thread in place of its slug (a-z, 0-9 and - only), so the thread survives a change of slug."),
        new("slug", new SlugField(), Description: "The last part of the page's address (a-z, 0-9 and - only). Taken from the file name when left out."),
        new("translation_key", new TextField(), Description: "Links a translation to its original when their file names differ: give both the same translation_key."),
    ];
}
