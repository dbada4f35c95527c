using System.Text;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Robustness;

/// <summary>
/// One bad input for <see cref="BadInputTests"/>: a file written over (or removed from) a valid site, and the
/// code and position of the first error ResourceGen must report for it.
/// </summary>
/// <param name="Name">The case's name, shown as the test case.</param>
/// <param name="Path">The file to write, relative to the site folder.</param>
/// <param name="Bytes">The file's new bytes, or null to delete the file.</param>
/// <param name="Code">The code of the first error.</param>
/// <param name="File">The file the first error names ("" for errors that name no file).</param>
/// <param name="Line">Its 1-based file line (0 when the error has no line).</param>
/// <param name="Column">Its 1-based column.</param>
/// <param name="MessagePart">Text the message must contain, or null.</param>
public sealed record BadInput(string Name, string Path, byte[]? Bytes, string Code, string File, int Line, int Column, string? MessagePart)
{
    /// <summary>2 for problems with the site itself (site.yml, templates), 1 for content problems.</summary>
    public int ExitCode => File.Length == 0 || File == "site.yml" || File.StartsWith("templates/", StringComparison.Ordinal) ? 2 : 1;

    /// <summary>How the first error line starts: <c>file:line:col: error CODE: </c>.</summary>
    public string ExpectedPrefix =>
        File.Length == 0 ? $"error {Code}: "
        : Line > 0 ? $"{File}:{Line}:{Column}: error {Code}: "
        : $"{File}: error {Code}: ";

    /// <summary>Writes (or deletes) the bad file in <paramref name="site"/>.</summary>
    public void ApplyTo(SiteFixture site)
    {
        if (Bytes is null) System.IO.File.Delete(System.IO.Path.Combine(site.Root, Path));
        else site.WriteBytes(Path, Bytes);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The valid site every bad input is written over, and the table of bad inputs.</summary>
public static partial class BadInputCases
{
    /// <summary>
    /// A small valid site: an article in a series that links to an activity's heading and to a checklist, an
    /// image next to the article, a draft, a tag vocabulary and a 1 KiB size limit.
    /// </summary>
    public const string ValidSite = """
        -- site.yml --
        title: Lib
        base_url: https://example.org/
        max_file_size: 1 KiB
        schema:
          tags:
            play: Playing together
            routines: Daily routines
        -- content/articles/first.md --
        ---
        title: First
        date: 2026-01-01
        tags: [play]
        audience: [parents]
        series: Getting started
        part: 1
        ---
        Read [the game](../activities/game.md#how-to-play) and [the list](../checklists/list.md).

        ## Tips

        ![Two hands](img.png)
        -- content/articles/img.png --
        not really a PNG
        -- content/articles/draft.md --
        ---
        title: Soon
        date: 2026-02-01
        draft: true
        ---
        Not yet.
        -- content/activities/game.md --
        ---
        title: Game
        age: "3-6"
        duration: 10
        setting: home
        ---
        ## How to play

        Take turns.
        -- content/checklists/list.md --
        ---
        title: List
        ---
        - [ ] Pack a snack

        """;

    /// <summary>Every case, by name.</summary>
    public static IReadOnlyDictionary<string, BadInput> ByName { get; } = SettingsCases()
        .Concat(TemplateCases())
        .Concat(FrontMatterCases())
        .Concat(EncodingCases())
        .Concat(BodyCases())
        .Concat(SiteWideCases())
        .ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The case names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in ByName.Keys) data.Add(name);
            return data;
        }
    }

    private static BadInput Case(string name, string path, string text, string code, int line, int column, string? message = null) =>
        new(name, path, Encoding.UTF8.GetBytes(text), code, path, line, column, message);

    private static BadInput Bytes(string name, string path, byte[] bytes, string code, int line, int column, string? message = null) =>
        new(name, path, bytes, code, path, line, column, message);

    /// <summary>UTF-8 bytes of the parts, with the <c>byte</c> parts written as they are.</summary>
    private static byte[] Join(params object[] parts) =>
        [.. parts.SelectMany(p => p switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte b => [b],
            byte[] bytes => bytes,
            _ => throw new ArgumentException($"not text or bytes: {p}"),
        })];
}
