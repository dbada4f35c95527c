using System.Text;
using ResourceGen.Diagnostics;

namespace ResourceGen.Content;

/// <summary>Decodes a file's bytes as strict UTF-8: a BOM is dropped, CRLF and CR become LF.</summary>
public static class SourceTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null after reporting the line and column of the first byte that is not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string relativePath, DiagnosticBag diagnostics)
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
            diagnostics.Error(DiagnosticCodes.NotUtf8, relativePath, line, column,
                $"byte 0x{bytes[Math.Min(badIndex, bytes.Length - 1)]:X2} is not UTF-8; save the file as UTF-8 in your editor");
            return null;
        }
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static (int Line, int Column) Position(byte[] bytes, int start, int badIndex)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < badIndex; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line++;
            lineStart = i + 1;
        }
        // Columns count characters, so decode the valid part of the line before the bad byte.
        var column = StrictUtf8.GetCharCount(bytes, lineStart, badIndex - lineStart) + 1;
        return (line, column);
    }
}
