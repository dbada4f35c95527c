using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ResourceGen.Search;

/// <summary>
/// Writes JSON as UTF-8, with strings escaped exactly as <c>JSON.stringify</c> escapes them: only '"', '\',
/// control characters (lowercase <c>\u00xx</c>) and lone surrogates. System.Text.Json's relaxed encoder still
/// escapes DEL, U+2028, U+2029 and non-BMP characters and replaces lone surrogates with U+FFFD, so it cannot
/// produce the bytes lunr produces.
/// </summary>
internal sealed class LunrJsonWriter
{
    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create(BuildEscapedSet());

    private byte[] buffer;
    private int length;

    /// <summary>Starts an empty document with room for <paramref name="capacity"/> bytes.</summary>
    public LunrJsonWriter(int capacity = 4096) => buffer = new byte[Math.Max(capacity, 16)];

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>A copy of the bytes written so far.</summary>
    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

    /// <summary>Writes one ASCII character, such as a bracket or a comma.</summary>
    public void Raw(char ascii)
    {
        Ensure(1);
        buffer[length++] = (byte)ascii;
    }

    /// <summary>Writes bytes that are already JSON, such as a string from <see cref="EncodeString"/>.</summary>
    public void Raw(ReadOnlySpan<byte> json)
    {
        Ensure(json.Length);
        json.CopyTo(buffer.AsSpan(length));
        length += json.Length;
    }

    /// <summary>Writes an integer.</summary>
    public void Number(int value)
    {
        Ensure(11);
        value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
    }

    /// <summary>Writes a finite number the way JavaScript prints it.</summary>
    public void Number(double value)
    {
        // Weights are k/1000. For those the shortest round-trip form is k/1000 in decimal, without trailing zeros:
        // any other decimal with at most three fraction digits is at least 0.001 away, and the spacing of doubles
        // below 1e9 is far smaller than that. Integer formatting is several times faster than double formatting.
        var thousandths = Math.Round(value * 1000);
        if (thousandths > 0 && thousandths < 1e12 && thousandths / 1000 == value)
        {
            Thousandths((long)thousandths);
            return;
        }
        Ensure(32);
        var span = buffer.AsSpan(length);
        if (value != 0 && double.IsFinite(value) && value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture)
            && span[..written].IndexOf((byte)'E') < 0)
        {
            length += written;
            return;
        }
        var text = JsNumber.Format(value);
        Ensure(text.Length);
        length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
    }

    /// <summary>Writes <paramref name="value"/> as a quoted JSON string.</summary>
    public void String(string value)
    {
        Raw('"');
        StringContent(value);
        Raw('"');
    }

    /// <summary>Writes the escaped text of <paramref name="value"/> without quotes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void StringContent(ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            var run = value.IndexOfAny(NeedsEscaping);
            if (run < 0) run = value.Length;
            // A high surrogate followed by a low one is a valid pair and goes out as UTF-8, not escaped.
            while (run < value.Length - 1 && char.IsHighSurrogate(value[run]) && char.IsLowSurrogate(value[run + 1]))
            {
                var next = value[(run + 2)..].IndexOfAny(NeedsEscaping);
                run = next < 0 ? value.Length : run + 2 + next;
            }
            if (run > 0)
            {
                Ensure(Encoding.UTF8.GetMaxByteCount(run));
                length += Encoding.UTF8.GetBytes(value[..run], buffer.AsSpan(length));
                value = value[run..];
                continue;
            }
            Escape(value[0]);
            value = value[1..];
        }
    }

    /// <summary>The quoted, escaped UTF-8 JSON form of <paramref name="value"/>, for strings written many times.</summary>
    public static byte[] EncodeString(string value)
    {
        var writer = new LunrJsonWriter(value.Length + 8);
        writer.String(value);
        return writer.ToArray();
    }

    private void Thousandths(long value)
    {
        Ensure(24);
        var whole = value / 1000;
        var fraction = (int)(value % 1000);
        whole.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
        if (fraction == 0) return;
        buffer[length++] = (byte)'.';
        buffer[length++] = (byte)('0' + fraction / 100);
        if (fraction % 100 == 0) return;
        buffer[length++] = (byte)('0' + fraction / 10 % 10);
        if (fraction % 10 == 0) return;
        buffer[length++] = (byte)('0' + fraction % 10);
    }

    private void Escape(char c)
    {
        var escape = c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        };
        Ensure(escape.Length);
        length += Encoding.ASCII.GetBytes(escape, buffer.AsSpan(length));
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length) return;
        var size = Math.Max(buffer.Length * 2L, length + (long)more);
        Array.Resize(ref buffer, (int)Math.Min(size, Array.MaxLength));
    }

    private static string BuildEscapedSet()
    {
        var chars = new StringBuilder("\"\\");
        for (var c = '\0'; c < ' '; c++) chars.Append(c);
        for (var c = '\uD800'; c <= '\uDFFF'; c++) chars.Append(c);
        return chars.ToString();
    }
}
