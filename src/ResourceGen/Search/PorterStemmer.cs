using System.Text.RegularExpressions;

namespace ResourceGen.Search;

/// <summary>
/// <c>lunr.stemmer</c>: Martin Porter's stemmer as lunr 2.3.9 implements it, ported regex for regex so that it
/// gives lunr's stem for every string, including non-ASCII and odd ones.
/// </summary>
/// <remarks>
/// Two regex differences are bridged in the patterns: JavaScript's <c>.</c> also excludes '\r', U+2028 and U+2029,
/// and its <c>$</c> (without the m flag) matches only at the very end, which is .NET's <c>\z</c>.
/// </remarks>
internal static partial class PorterStemmer
{
    // c = [^aeiou], v = [aeiouy], C = c[^aeiouy]*, V = v[aeiou]*; "." is JavaScript's dot.
    private const string Dot = @"[^\n\r\u2028\u2029]";
    private const string Mgr0 = "^([^aeiou][^aeiouy]*)?[aeiouy][aeiou]*[^aeiou][^aeiouy]*";
    private const string Mgr1 = Mgr0 + "[aeiouy][aeiou]*[^aeiou][^aeiouy]*";
    private const string Meq1 = Mgr0 + @"([aeiouy][aeiou]*)?\z";
    private const string VowelInStem = "^([^aeiou][^aeiouy]*)?[aeiouy]";
    private const string ShortSyllable = @"^[^aeiou][^aeiouy]*[aeiouy][^aeiouwxy]\z";

    /// <summary>The stem of <paramref name="word"/> (a lowercase token after trimming); words under 3 characters are kept.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        var w = word;
        var firstIsY = w[0] == 'y';
        // A leading y is a consonant: uppercase keeps it out of the vowel class [aeiouy].
        if (firstIsY) w = "Y" + w[1..];

        // Each step's regex can only match when the word ends in one of the step's suffixes: checking the last
        // characters first skips most regex runs without changing any result.
        Match m;
        // Step 1a
        if (w.EndsWith('s'))
        {
            if ((m = Step1aSses().Match(w)).Success) w = m.Groups[1].Value + m.Groups[2].Value;
            else if ((m = Step1aS().Match(w)).Success) w = m.Groups[1].Value + m.Groups[2].Value;
        }

        // Step 1b
        if (w.AsSpan().EndsWith("ed") || w.AsSpan().EndsWith("ing"))
        {
            if ((m = Step1bEed().Match(w)).Success)
            {
                if (MeasureAbove0().IsMatch(m.Groups[1].ValueSpan)) w = DropLastChar(w);
            }
            else if ((m = Step1bEdIng().Match(w)).Success)
            {
                var stem = m.Groups[1].Value;
                if (HasVowel().IsMatch(stem))
                {
                    w = stem;
                    if (Step1bAtBlIz().IsMatch(w)) w += "e";
                    else if (Step1bDouble().IsMatch(w)) w = DropLastChar(w);
                    else if (EndsInShortSyllable().IsMatch(w)) w += "e";
                }
            }
        }

        // Step 1c
        if (w.EndsWith('y') && (m = Step1c().Match(w)).Success) w = m.Groups[1].Value + "i";

        // Step 2
        if (EndsInAny(w, "lirnms") && (m = Step2().Match(w)).Success && MeasureAbove0().IsMatch(m.Groups[1].ValueSpan))
        {
            w = m.Groups[1].Value + Step2Replacement(m.Groups[2].Value);
        }

        // Step 3
        if (EndsInAny(w, "eils") && (m = Step3().Match(w)).Success && MeasureAbove0().IsMatch(m.Groups[1].ValueSpan))
        {
            w = m.Groups[1].Value + Step3Replacement(m.Groups[2].Value);
        }

        // Step 4
        if (EndsInAny(w, "lerctumis") && (m = Step4().Match(w)).Success)
        {
            if (MeasureAbove1().IsMatch(m.Groups[1].ValueSpan)) w = m.Groups[1].Value;
        }
        else if (w.AsSpan().EndsWith("ion") && (m = Step4Ion().Match(w)).Success)
        {
            var stem = m.Groups[1].Value + m.Groups[2].Value;
            if (MeasureAbove1().IsMatch(stem)) w = stem;
        }

        // Step 5
        if (w.EndsWith('e') && (m = Step5E().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (MeasureAbove1().IsMatch(stem) || (MeasureIs1().IsMatch(stem) && !EndsInShortSyllable().IsMatch(stem))) w = stem;
        }
        if (w.AsSpan().EndsWith("ll") && MeasureAbove1().IsMatch(w)) w = DropLastChar(w);

        if (firstIsY) w = "y" + (w.Length > 0 ? w[1..] : "");
        return w;
    }

    private static bool EndsInAny(string w, string lastChars) => w.Length > 0 && lastChars.Contains(w[^1]);

    // w.replace(/.$/, ""): drops the last character unless it is a line terminator, which "." does not match.
    private static string DropLastChar(string w) =>
        w.Length > 0 && w[^1] is not ('\n' or '\r' or '\u2028' or '\u2029') ? w[..^1] : w;

    private static string Step2Replacement(string suffix) => suffix switch
    {
        "ational" => "ate",
        "tional" => "tion",
        "enci" => "ence",
        "anci" => "ance",
        "izer" => "ize",
        "bli" => "ble",
        "alli" => "al",
        "entli" => "ent",
        "eli" => "e",
        "ousli" => "ous",
        "ization" => "ize",
        "ation" => "ate",
        "ator" => "ate",
        "alism" => "al",
        "iveness" => "ive",
        "fulness" => "ful",
        "ousness" => "ous",
        "aliti" => "al",
        "iviti" => "ive",
        "biliti" => "ble",
        "logi" => "log",
        _ => throw new ArgumentOutOfRangeException(nameof(suffix), suffix, null),
    };

    private static string Step3Replacement(string suffix) => suffix switch
    {
        "icate" => "ic",
        "ative" => "",
        "alize" => "al",
        "iciti" => "ic",
        "ical" => "ic",
        "ful" => "",
        "ness" => "",
        _ => throw new ArgumentOutOfRangeException(nameof(suffix), suffix, null),
    };

    [GeneratedRegex(Mgr0)]
    private static partial Regex MeasureAbove0();

    [GeneratedRegex(Mgr1)]
    private static partial Regex MeasureAbove1();

    [GeneratedRegex(Meq1)]
    private static partial Regex MeasureIs1();

    [GeneratedRegex(VowelInStem)]
    private static partial Regex HasVowel();

    [GeneratedRegex(ShortSyllable)]
    private static partial Regex EndsInShortSyllable();

    [GeneratedRegex("^(" + Dot + @"+?)(ss|i)es\z")]
    private static partial Regex Step1aSses();

    [GeneratedRegex("^(" + Dot + @"+?)([^s])s\z")]
    private static partial Regex Step1aS();

    [GeneratedRegex("^(" + Dot + @"+?)eed\z")]
    private static partial Regex Step1bEed();

    [GeneratedRegex("^(" + Dot + @"+?)(ed|ing)\z")]
    private static partial Regex Step1bEdIng();

    [GeneratedRegex(@"(at|bl|iz)\z")]
    private static partial Regex Step1bAtBlIz();

    [GeneratedRegex(@"([^aeiouylsz])\1\z")]
    private static partial Regex Step1bDouble();

    [GeneratedRegex("^(" + Dot + @"+?[^aeiou])y\z")]
    private static partial Regex Step1c();

    [GeneratedRegex("^(" + Dot + @"+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z")]
    private static partial Regex Step2();

    [GeneratedRegex("^(" + Dot + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z")]
    private static partial Regex Step3();

    [GeneratedRegex("^(" + Dot + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z")]
    private static partial Regex Step4();

    [GeneratedRegex("^(" + Dot + @"+?)(s|t)(ion)\z")]
    private static partial Regex Step4Ion();

    [GeneratedRegex("^(" + Dot + @"+?)e\z")]
    private static partial Regex Step5E();

    [GeneratedRegex(@"ll\z")]
    private static partial Regex Step5Ll();
}
