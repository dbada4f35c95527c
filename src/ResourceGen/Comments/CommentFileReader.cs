using System.Globalization;
using ResourceGen.Diagnostics;
using ResourceGen.Text;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Comments;

/// <summary>Reads one comment file (<c>name</c>, <c>date</c>, <c>body</c>, optional <c>reply_to</c>), reporting problems at their line and column.</summary>
internal static class CommentFileReader
{
    private static readonly string[] Keys = ["name", "date", "body", "reply_to"];

    /// <summary>Reads the text of <paramref name="file"/>; null after reporting why it cannot be used.</summary>
    public static StaticComment? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var comment = Read(file, text, local, out var failed);
        diagnostics.AddRange(local);
        return failed ? null : comment;
    }

    private static StaticComment? Read(string file, string text, DiagnosticBag diagnostics, out bool failed)
    {
        failed = true;
        var parsed = YamlDocumentParser.Parse(text);
        if (parsed.Root is not { } root)
        {
            diagnostics.Error(parsed.OverLimit ? DiagnosticCodes.LimitExceeded : DiagnosticCodes.CommentFile, file, parsed.ErrorLine, parsed.ErrorColumn, parsed.ErrorMessage!);
            return null;
        }
        WarnAboutMisspeltKeys(root, file, diagnostics);

        var name = Text(root, "name", file, diagnostics, "the commenter's name, e.g. 'name: Priya (parent)'");
        var dateText = Text(root, "date", file, diagnostics, "when it was written, e.g. 'date: 2026-03-14'");
        var body = Text(root, "body", file, diagnostics, "the comment in Markdown, e.g. 'body: Thank you, this helped.'");
        var date = dateText is null ? null : ParseDate(dateText.Trim());
        if (dateText is not null && date is null)
            Report(root, "date", file, diagnostics, $"'date' must be a date written YYYY-MM-DD (or an ISO 8601 date and time), got '{dateText}'");

        var hasReply = root.Children.TryGetValue(new YamlScalarNode("reply_to"), out var replyNode) && !YamlValue.IsNull(replyNode);
        var replyTo = hasReply && replyNode is YamlScalarNode { Value: { Length: > 0 } reply } ? reply.Trim() : null;
        if (hasReply && replyNode is not YamlScalarNode)
            Report(root, "reply_to", file, diagnostics, "'reply_to' must be the id (file name without .yml) of the comment this one answers");

        failed = diagnostics.HasErrors;
        if (name is null || body is null || date is null) return null;
        var id = Path.GetFileNameWithoutExtension(file);
        return new StaticComment(id, file, name, date.Value.Date, date.Value.HasTime, body, replyTo,
            hasReply ? (int)replyNode!.Start.Line : 0, hasReply ? (int)replyNode!.Start.Column : 0);
    }

    private static (DateTimeOffset Date, bool HasTime)? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
        if (text.Length > 10 && text[10] is 'T' or 't' or ' ' && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
            return (moment, true);
        return null;
    }

    private static string? Text(YamlMappingNode root, string key, string file, DiagnosticBag diagnostics, string hint)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node) || YamlValue.IsNull(node))
        {
            diagnostics.Error(DiagnosticCodes.CommentFile, file, 1, 1, $"'{key}' is required: {hint}");
            return null;
        }
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) return value;
        Report(root, key, file, diagnostics, $"'{key}' must be text: {hint}");
        return null;
    }

    private static void Report(YamlMappingNode root, string key, string file, DiagnosticBag diagnostics, string message)
    {
        var node = root.Children[new YamlScalarNode(key)];
        diagnostics.Error(DiagnosticCodes.CommentFile, file, (int)node.Start.Line, (int)node.Start.Column, message);
    }

    // Staticman adds its own keys (_id, email hashes), so only a key one letter away from a known one is worth a word.
    private static void WarnAboutMisspeltKeys(YamlMappingNode root, string file, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, _) in root.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && !Keys.Contains(key) && SpellingSuggester.Suggest(key, Keys) is { } known)
                diagnostics.Warning(DiagnosticCodes.CommentFile, file, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                    $"unknown key '{key}' (did you mean '{known}'?); it is ignored");
        }
    }
}
