namespace ResourceGen.Schema;

/// <summary>Regular expressions that match the whole numbers of a range, for JSON Schema patterns (e.g. "ages 3 to 120").</summary>
internal static class NumberRangePattern
{
    /// <summary>A pattern (without anchors) matching the decimals from <paramref name="low"/> to <paramref name="high"/>, written without leading zeros.</summary>
    public static string Between(int low, int high)
    {
        var parts = new List<string>();
        for (var digits = 1; digits <= high.ToString().Length; digits++)
        {
            var first = Math.Max(low, digits == 1 ? 0 : Pow10(digits - 1));
            var last = Math.Min(high, Pow10(digits) - 1);
            if (first <= last) parts.AddRange(SameLength(first.ToString(), last.ToString()));
        }
        return parts.Count == 1 ? parts[0] : $"(?:{string.Join('|', parts)})";
    }

    // Both bounds have the same number of digits; each part is a fixed prefix, one digit class and [0-9] runs.
    private static IEnumerable<string> SameLength(string low, string high)
    {
        if (low.Length == 0)
        {
            yield return "";
            yield break;
        }
        if (low[0] == high[0])
        {
            foreach (var rest in SameLength(low[1..], high[1..])) yield return low[0] + rest;
            yield break;
        }
        var anyRest = low.Length > 1 ? $"[0-9]{{{low.Length - 1}}}".Replace("{1}", "") : "";
        var lowFull = low[1..].All(c => c == '0');
        var highFull = high[1..].All(c => c == '9');
        var middleFrom = lowFull ? low[0] : (char)(low[0] + 1);
        var middleTo = highFull ? high[0] : (char)(high[0] - 1);
        if (!lowFull)
        {
            foreach (var rest in SameLength(low[1..], new string('9', low.Length - 1))) yield return low[0] + rest;
        }
        if (middleFrom <= middleTo) yield return Digit(middleFrom, middleTo) + anyRest;
        if (!highFull)
        {
            foreach (var rest in SameLength(new string('0', high.Length - 1), high[1..])) yield return high[0] + rest;
        }
    }

    private static string Digit(char from, char to) => from == to ? from.ToString() : $"[{from}-{to}]";

    private static int Pow10(int exponent) => (int)Math.Pow(10, exponent);
}
