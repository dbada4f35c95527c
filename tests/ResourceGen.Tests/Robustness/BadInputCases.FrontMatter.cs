namespace ResourceGen.Tests.Robustness;

/// <summary>Bad front matter: missing fences, YAML syntax and values the schema refuses. Front matter starts on file line 2.</summary>
public static partial class BadInputCases
{
    private const string Article = "content/articles/first.md";
    private const string Activity = "content/activities/game.md";
    private const string Checklist = "content/checklists/list.md";

    /// <summary>An article whose front matter is title, date and then <paramref name="lines"/> (from file line 4).</summary>
    private static string ArticleWith(string lines) => "---\ntitle: First\ndate: 2026-01-01\n" + lines + "---\nText.\n";

    /// <summary>An activity whose front matter is title and then <paramref name="lines"/> (from file line 3).</summary>
    private static string ActivityWith(string lines) => "---\ntitle: Game\n" + lines + "---\nPlay.\n";

    private static IEnumerable<BadInput> FrontMatterCases() =>
    [
        // RG0101: no usable front-matter block.
        Case("RG0101: an empty file", Article, "", "RG0101", 1, 1, "the file is empty"),
        Case("RG0101: a file of whitespace only", Article, " \n\t\n\n", "RG0101", 1, 1, "the file is empty"),
        Case("RG0101: no front matter", Article, "title: First\n\nText.\n", "RG0101", 1, 1, "no front matter"),
        Case("RG0101: an indented opening fence", Article, " ---\ntitle: First\n---\nText.\n", "RG0101", 1, 1, "no front matter"),
        Case("RG0101: front matter that is never closed", Article, "---\ntitle: First\ndate: 2026-01-01\n\nText.\n", "RG0101", 1, 1, "never closed"),
        Case("RG0101: an opening fence and nothing else", Article, "---", "RG0101", 1, 1, "never closed"),

        // RG0102: dates.
        Case("RG0102: date 'last tuesday'", Article, "---\ntitle: First\ndate: last tuesday\n---\n", "RG0102", 3, 7, "got 'last tuesday'"),
        Case("RG0102: date with month 13", Article, "---\ntitle: First\ndate: 2026-13-01\n---\n", "RG0102", 3, 7, "got '2026-13-01'"),
        Case("RG0102: date 30 February", Article, "---\ntitle: First\ndate: 2026-02-30\n---\n", "RG0102", 3, 7, "got '2026-02-30'"),
        Case("RG0102: date written day/month/year", Article, "---\ntitle: First\ndate: 14/03/2026\n---\n", "RG0102", 3, 7, "got '14/03/2026'"),
        Case("RG0102: a quoted 29 February in a common year", Article, "---\ntitle: First\ndate: \"2026-02-29\"\n---\n", "RG0102", 3, 7),
        Case("RG0102: updated without leading zeros", Article, ArticleWith("updated: 2026-1-5\n"), "RG0102", 4, 10, "'updated'"),

        // RG0103: values outside the allowed set.
        Case("RG0103: audience 'parent'", Article, ArticleWith("audience: parent\n"), "RG0103", 4, 11, "(did you mean 'parents'?)"),
        Case("RG0103: the second audience of a list", Article, ArticleWith("audience: [parents, teacher]\n"), "RG0103", 4, 21, "'teacher'"),
        Case("RG0103: setting 'garden'", Activity, ActivityWith("setting: garden\n"), "RG0103", 3, 10, "home, classroom, clinic"),
        Case("RG0103: type 'post'", Article, "---\ntitle: First\ntype: post\n---\n", "RG0103", 3, 7, "'type' value 'post'"),

        // RG0104: required keys.
        Case("RG0104: title is missing", Activity, "---\nage: \"3-6\"\n---\nPlay.\n", "RG0104", 1, 1, "'title' is required"),
        Case("RG0104: date is missing on an article", Article, "---\ntitle: First\n---\nText.\n", "RG0104", 1, 1, "'date' is required"),
        Case("RG0104: an empty front-matter block", Checklist, "---\n---\n- [ ] Pack a snack\n", "RG0104", 1, 1, "'title' is required"),

        // RG0105: values of the wrong type.
        Case("RG0105: title is a list", Article, "---\ntitle: [a, b]\ndate: 2026-01-01\n---\n", "RG0105", 2, 8, "'title' must be text, got a list"),
        Case("RG0105: draft 'maybe'", Article, ArticleWith("draft: maybe\n"), "RG0105", 4, 8, "true or false"),
        Case("RG0105: tags is a mapping", Article, ArticleWith("tags: {play: yes}\n"), "RG0105", 4, 7, "'tags' must be a list"),
        Case("RG0105: a nested list of authors", Article, ArticleWith("authors: [[Maya]]\n"), "RG0105", 4, 11, "'authors'"),
        Case("RG0105: duration 'ten'", Activity, ActivityWith("duration: ten\n"), "RG0105", 3, 11, "whole number"),

        // RG0106: YAML syntax (columns are 1-based, lines are file lines).
        Case("RG0106: an unquoted colon in a value", Article, ArticleWith("summary: Tips: for home\n"), "RG0106", 4, 14, "quotes"),
        Case("RG0106: a list item indented less than the one before", Article,
            ArticleWith("tags:\n    - play\n  - routines\n"), "RG0106", 6, 3, "indentation"),
        // The parser notices the missing ']' where the front matter ends: on the closing '---' line.
        Case("RG0106: an unclosed bracket", Article, ArticleWith("tags: [play, routines\n"), "RG0106", 5, 1, "']'"),
        Case("RG0106: an unclosed quote", Article, "---\ntitle: \"First\ndate: 2026-01-01\n---\n", "RG0106", 2, 8),
        Case("RG0106: a duplicated key", Article, "---\ntitle: First\ntitle: Again\ndate: 2026-01-01\n---\n", "RG0106", 3, 1),
        // The tab itself is at 5:1.
        Case("RG0106: a list item indented with a tab", Article, ArticleWith("tags:\n\t- play\n"), "RG0106", 5, 1),
        Case("RG0106: a list instead of keys", Article, "---\n- title\n- date\n---\n", "RG0106", 2, 1, "expected 'key: value' lines"),
        // The alias itself is at 4:10.
        Case("RG0106: an alias to an unknown anchor", Article, ArticleWith("summary: *name\n"), "RG0106", 4, 10, "'name'"),

        // RG0107 to RG0110: ages, slugs, series and numbers.
        Case("RG0107: age '6-3'", Activity, ActivityWith("age: \"6-3\"\n"), "RG0107", 3, 6, "write the smaller age first"),
        Case("RG0107: age 'toddlers'", Activity, ActivityWith("age: toddlers\n"), "RG0107", 3, 6, "got 'toddlers'"),
        Case("RG0107: age with three numbers", Activity, ActivityWith("age: 3-6-9\n"), "RG0107", 3, 6),
        Case("RG0108: slug '../x'", Article, ArticleWith("slug: ../x\n"), "RG0108", 4, 7, "'slug' '../x'"),
        Case("RG0108: slug 'A/B'", Article, ArticleWith("slug: A/B\n"), "RG0108", 4, 7, "try 'a-b'"),
        Case("RG0108: slug 'has space'", Article, ArticleWith("slug: \"has space\"\n"), "RG0108", 4, 7, "try 'has-space'"),
        Case("RG0108: a file name without letters or digits", "content/articles/!!!.md", ArticleWith(""), "RG0108", 1, 1, "empty URL"),
        Case("RG0109: part without series", Article, ArticleWith("part: 2\n"), "RG0109", 4, 1, "without 'series'"),
        Case("RG0110: duration 0", Activity, ActivityWith("duration: 0\n"), "RG0110", 3, 11, "got 0"),
        Case("RG0110: part -1", Article, ArticleWith("series: Getting started\npart: -1\n"), "RG0110", 5, 7, "got -1"),

        // RG0118: YAML that would stall the build.
        Case("RG0118: an alias bomb", Article, ArticleWith(LimitTests.AliasBomb()), "RG0118", 8, 50, "more than 100,000 values"),
        Case("RG0118: lists nested 40 deep", Article, ArticleWith("extra: " + new string('[', 40) + new string(']', 40) + "\n"), "RG0118", 4, 40, "more than 32 deep"),

        // RG0701-RG0703: translations.
        Case("RG0701: a language code the site does not have", "content/articles/first.fr.md", ArticleWith(""), "RG0701", 1, 1, "'fr', which is not one of the site's languages (en)"),
        Case("RG0702: a second file of the same page in the same language", "content/articles/again.md", ArticleWith("translation_key: content/articles/first\n"), "RG0702", 4, 1, "are the same page in 'en'"),
        Case("RG0703: a translation_key no other page has", "content/articles/other.md", ArticleWith("translation_key: greeting\n"), "RG0703", 4, 1, "translation_key 'greeting'"),

        // RG0119: empty list items.
        Case("RG0119: an empty tag in brackets", Article, ArticleWith("tags: [\"\", play]\n"), "RG0119", 4, 8, "'tags' has an empty item"),
        Case("RG0119: a tag of spaces", Article, ArticleWith("tags: [play, \"  \"]\n"), "RG0119", 4, 14, "'tags' has an empty item"),
        Case("RG0119: a '-' with nothing after it", Article, ArticleWith("tags:\n  - play\n  -\n"), "RG0119", 6, 4, "'tags' has an empty item"),
        Case("RG0119: an empty audience", Article, ArticleWith("audience: [parents, \"\"]\n"), "RG0119", 4, 21, "'audience' has an empty item"),
        Case("RG0119: an empty material", Activity, ActivityWith("materials: [beads, \" \"]\n"), "RG0119", 3, 20, "'materials' has an empty item"),
    ];
}
