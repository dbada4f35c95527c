using System.Globalization;

namespace ResourceGen.Search;

/// <summary>JavaScript number semantics the index depends on: <c>Math.round</c> and <c>Number.prototype.toString</c>.</summary>
internal static class JsNumber
{
    /// <summary>
    /// <c>Math.round</c>: the nearest integer, halves rounded up (towards +∞). Written as V8 does it, because
    /// <c>Math.Floor(x + 0.5)</c> is wrong for 0.49999999999999994 and banker's rounding is wrong for halves.
    /// </summary>
    public static double Round(double value)
    {
        var rounded = Math.Ceiling(value);
        return rounded - 0.5 > value ? rounded - 1.0 : rounded;
    }

    /// <summary>Formats a finite number exactly as JavaScript's <c>String(value)</c> (and <c>JSON.stringify</c>) does.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no non-finite numbers.");
        if (value == 0) return "0";
        // Both runtimes print the shortest digits that round-trip; only the notation differs, and only .NET uses 'E'.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return shortest.Contains('E') ? Renotate(shortest) : shortest;
    }

    private static string Renotate(string shortest)
    {
        var negative = shortest[0] == '-';
        var body = negative ? shortest[1..] : shortest;
        var e = body.IndexOf('E');
        var mantissa = body[..e];
        var exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        digits = digits.TrimStart('0');
        // The value is 0.digits × 10^n (ECMA-262 Number::toString's n and k).
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var k = digits.Length;
        string text;
        if (k <= n && n <= 21) text = digits + new string('0', n - k);
        else if (0 < n && n <= 21) text = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0) text = "0." + new string('0', -n) + digits;
        else
        {
            var sign = n - 1 < 0 ? "-" : "+";
            text = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + sign + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
        }
        return negative ? "-" + text : text;
    }
}
