using System.Globalization;
using System.Text;

namespace ResourceGen.Bench.CorpusGen;

/// <summary>What one generated resource is: its type, file, title, date, tags, audiences and activity fields.</summary>
internal sealed record PagePlan(int Index, string Type, string Title, DateOnly Date, IReadOnlyList<string> Tags, IReadOnlyList<string> Audience, int Seed)
{
    private static readonly string[] Audiences = ["parents", "educators", "therapists"];
    private static readonly string[] Settings = ["home", "classroom", "clinic"];

    /// <summary>The folder under <c>content/</c>.</summary>
    public string Folder => Type switch { "article" => "articles", "activity" => "activities", _ => "checklists" };

    /// <summary>The file name, which is also the slug.</summary>
    public string FileName => $"{Type}-{Index:00000}.md";

    /// <summary>A path to this page's file relative to any page's folder.</summary>
    public string RelativeLink => $"../{Folder}/{FileName}";

    /// <summary>Half articles, three in ten activities, two in ten checklists, in a seeded order.</summary>
    public static PagePlan Create(int index, Random random)
    {
        var roll = random.Next(10);
        var type = roll < 5 ? "article" : roll < 8 ? "activity" : "checklist";
        var title = Capitalise(Vocabulary.Words(random, random.Next(4, 9)));
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 4000));
        var tags = Vocabulary.Tags.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToList();
        var audience = Audiences.Where(_ => random.Next(2) == 0).DefaultIfEmpty("parents").ToList();
        return new PagePlan(index, type, title, date, tags, audience, random.Next());
    }

    /// <summary>The front matter block, activity fields included for activities.</summary>
    public string FrontMatter()
    {
        var random = new Random(Seed);
        var yml = new StringBuilder("---\n");
        yml.Append($"title: \"{Title}\"\n");
        yml.Append($"date: {Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n");
        yml.Append($"summary: \"{Capitalise(Vocabulary.Words(random, random.Next(15, 30)))}.\"\n");
        yml.Append($"tags: [{string.Join(", ", Tags)}]\n");
        yml.Append($"audience: [{string.Join(", ", Audience)}]\n");
        yml.Append($"authors: [\"{Capitalise(Vocabulary.Words(random, 2))}, OT\"]\n");
        if (Type == "activity")
        {
            var from = random.Next(2, 9);
            yml.Append($"age: \"{from}-{from + random.Next(2, 6)}\"\n");
            yml.Append($"duration: {random.Next(2, 13) * 5}\n");
            yml.Append($"materials: [{string.Join(", ", Enumerable.Range(0, random.Next(2, 6)).Select(_ => Vocabulary.Words(random, 2)))}]\n");
            yml.Append($"skills: [{string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Vocabulary.Words(random, 1)))}]\n");
            yml.Append($"setting: {Settings[random.Next(Settings.Length)]}\n");
        }
        return yml.Append("---\n").ToString();
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
