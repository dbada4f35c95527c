using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>A content file cut into its YAML front matter and Markdown body.</summary>
/// <param name="Yaml">The text between the two '---' lines.</param>
/// <param name="YamlFirstLine">The file line on which <paramref name="Yaml"/> starts (1-based).</param>
/// <param name="Body">The Markdown after the closing '---' line.</param>
/// <param name="BodyFirstLine">The file line on which <paramref name="Body"/> starts (1-based).</param>
internal sealed record SplitSource(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Splits a content file at its '---' front-matter fences.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>Splits <paramref name="text"/> (LF line endings), or reports why it cannot.</summary>
    public static SplitSource? Split(string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, relativePath, 1, 1,
                "the file is empty; start it with '---', a 'title:' line and another '---', then write the text");
            return null;
        }
        if (!IsFence(text, 0))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, relativePath, 1, 1,
                "no front matter: the first line must be '---', followed by keys such as 'title:', then a closing '---'");
            return null;
        }

        var yamlStart = text.IndexOf('\n') + 1;
        if (yamlStart == 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, relativePath, 1, 1, "the front matter opened with '---' on line 1 is never closed; add a '---' line after the keys");
            return null;
        }

        var line = 2;
        for (var position = yamlStart; position < text.Length; line++)
        {
            if (IsFence(text, position))
            {
                var next = text.IndexOf('\n', position);
                var bodyStart = next < 0 ? text.Length : next + 1;
                return new SplitSource(text[yamlStart..position], 2, text[bodyStart..], line + 1);
            }
            var end = text.IndexOf('\n', position);
            if (end < 0) break;
            position = end + 1;
        }
        diagnostics.Error(DiagnosticCodes.FrontMatterMissing, relativePath, 1, 1,
            "the front matter opened with '---' on line 1 is never closed; add a '---' line after the last key");
        return null;
    }

    private static bool IsFence(string text, int lineStart)
    {
        if (string.CompareOrdinal(text, lineStart, "---", 0, 3) != 0) return false;
        var i = lineStart + 3;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i == text.Length || text[i] == '\n';
    }
}
