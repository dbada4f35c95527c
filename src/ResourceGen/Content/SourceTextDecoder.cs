using System.Text;
using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>Decodes a file's bytes as strict UTF-8: a BOM is dropped, CRLF and CR become LF.</summary>
internal static class SourceTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null after reporting the line and column of the first byte that is not UTF-8.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="relativePath">The file, for the diagnostic.</param>
    /// <param name="diagnostics">Where the problem goes.</param>
    /// <param name="descriptor">The code to report; content files use RG0111, site.yml a configuration code.</param>
    public static string? Decode(byte[] bytes, string relativePath, DiagnosticBag diagnostics, DiagnosticDescriptor? descriptor = null)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var badIndex = start + Math.Max(0, e.Index);
            var (line, column) = Position(bytes, start, badIndex);
            diagnostics.Error(descriptor ?? DiagnosticCodes.NotUtf8, relativePath, line, column,
                $"byte 0x{bytes[Math.Min(badIndex, bytes.Length - 1)]:X2} is not UTF-8; save the file as UTF-8 in your editor");
            return null;
        }
        return WithLineFeeds(text);
    }

    /// <summary>
    /// The text from line <paramref name="firstLine"/> to the end, decoded as <see cref="Decode"/> decodes the whole;
    /// empty past the last line. For a file <see cref="Decode"/> accepted: it reports nothing.
    /// </summary>
    public static string DecodeFrom(byte[] bytes, int firstLine)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        // A line ends at LF, CRLF or a lone CR; neither byte occurs inside a multi-byte UTF-8 character.
        for (var line = 1; line < firstLine; line++)
        {
            var end = bytes.AsSpan(start).IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0) return "";
            start += end + 1;
            if (bytes[start - 1] == (byte)'\r' && start < bytes.Length && bytes[start] == (byte)'\n') start++;
        }
        return WithLineFeeds(StrictUtf8.GetString(bytes, start, bytes.Length - start));
    }

    private static string WithLineFeeds(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (int Line, int Column) Position(byte[] bytes, int start, int badIndex)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < badIndex; i++)
        {
            // A lone CR ends a line too, as it does once the text is decoded.
            var endsLine = bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'));
            if (!endsLine) continue;
            line++;
            lineStart = i + 1;
        }
        // Columns count characters, so decode the valid part of the line before the bad byte.
        var column = StrictUtf8.GetCharCount(bytes, lineStart, badIndex - lineStart) + 1;
        return (line, column);
    }
}
