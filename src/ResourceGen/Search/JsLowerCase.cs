using System.Globalization;
using System.Text;

namespace ResourceGen.Search;

/// <summary>
/// JavaScript's <c>String.prototype.toLowerCase</c>, which lunr applies before tokenizing.
/// .NET's invariant lowercasing is the same simple case mapping except for the two mappings Unicode's
/// SpecialCasing adds without a language: 'İ' (U+0130) becomes "i̇" (two code units), and a capital sigma
/// that ends a word becomes 'ς' (Final_Sigma).
/// </summary>
internal static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>
    /// Lowercases <paramref name="text"/> the way JavaScript does into <paramref name="buffer"/> (grown as needed) and
    /// returns the lowercased text, which is valid until the buffer is used again.
    /// </summary>
    public static ReadOnlySpan<char> ToLower(string text, ref char[] buffer)
    {
        if (text.AsSpan().IndexOfAny(CapitalIWithDot, CapitalSigma) >= 0) return ToLower(text);
        if (buffer.Length < text.Length) buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        var length = text.AsSpan().ToLowerInvariant(buffer);
        return buffer.AsSpan(0, length);
    }

    /// <summary>Lowercases <paramref name="text"/> the way JavaScript does.</summary>
    public static string ToLower(string text)
    {
        var lowered = text.ToLowerInvariant();
        if (text.AsSpan().IndexOfAny(CapitalIWithDot, CapitalSigma) < 0) return lowered;
        // ToLowerInvariant maps one UTF-16 unit to one, so index i of both strings is the same character.
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case CapitalIWithDot:
                    builder.Append("i\u0307");
                    break;
                case CapitalSigma:
                    builder.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
                    break;
                default:
                    builder.Append(lowered[i]);
                    break;
            }
        }
        return builder.ToString();
    }

    // Unicode's Final_Sigma: a cased letter (then case-ignorables) before, and no cased letter (after case-ignorables) after.
    private static bool IsFinalSigma(string text, int index)
    {
        var before = index;
        var casedBefore = false;
        while (before > 0)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(0, before), out var rune, out var length);
            before -= length;
            if (IsCaseIgnorable(rune)) continue;
            casedBefore = IsCased(rune);
            break;
        }
        if (!casedBefore) return false;
        var after = index + 1;
        while (after < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(after), out var rune, out var length);
            after += length;
            if (IsCaseIgnorable(rune)) continue;
            return !IsCased(rune);
        }
        return true;
    }

    private static bool IsCased(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || rune.Value is 0x00AA or 0x00BA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9);

    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        // Word_Break MidLetter, MidNumLet and Single_Quote characters are case-ignorable too.
        || rune.Value is '\'' or '.' or ':' or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
