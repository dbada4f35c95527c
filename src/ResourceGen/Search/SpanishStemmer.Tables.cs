namespace ResourceGen.Search;

// lunr-languages 1.22's Spanish suffix tables, entry for entry: the stemmer's binary search depends on their order.
internal static partial class SpanishStemmer
{
    // a_0 (postlude: an accented vowel, or "" for any other character).
    private static readonly SnowballAmong[] AccentedVowels =
    [
        new("", -1, 6), new("\u00E1", 0, 1), new("\u00E9", 0, 2), new("\u00ED", 0, 3), new("\u00F3", 0, 4),
        new("\u00FA", 0, 5),
    ];

    // a_1 (attached_pronoun: the pronouns an infinitive or gerund can carry).
    private static readonly SnowballAmong[] AttachedPronouns =
    [
        new("la", -1, -1), new("sela", 0, -1), new("le", -1, -1), new("me", -1, -1), new("se", -1, -1),
        new("lo", -1, -1), new("selo", 5, -1), new("las", -1, -1), new("selas", 7, -1), new("les", -1, -1),
        new("los", -1, -1), new("selos", 10, -1), new("nos", -1, -1),
    ];

    // a_2 (attached_pronoun: the endings a pronoun can follow; 1–5 drop an accent the pronoun needed).
    private static readonly SnowballAmong[] PronounHosts =
    [
        new("ando", -1, 6), new("iendo", -1, 6), new("yendo", -1, 7), new("\u00E1ndo", -1, 2), new("i\u00E9ndo", -1, 1),
        new("ar", -1, 6), new("er", -1, 6), new("ir", -1, 6), new("\u00E1r", -1, 3), new("\u00E9r", -1, 4),
        new("\u00EDr", -1, 5),
    ];

    // a_3 (standard_suffix 6: what may precede "amente"; 1 (iv) may itself follow "at").
    private static readonly SnowballAmong[] BeforeAmente =
    [
        new("ic", -1, -1), new("ad", -1, -1), new("os", -1, -1), new("iv", -1, 1),
    ];

    // a_4 (standard_suffix 7: what may precede "mente").
    private static readonly SnowballAmong[] BeforeMente =
    [
        new("able", -1, 1), new("ible", -1, 1), new("ante", -1, 1),
    ];

    // a_5 (standard_suffix 8: what may precede "idad").
    private static readonly SnowballAmong[] BeforeIdad =
    [
        new("ic", -1, 1), new("abil", -1, 1), new("iv", -1, 1),
    ];

    // a_6 (standard_suffix).
    private static readonly SnowballAmong[] StandardSuffixes =
    [
        new("ica", -1, 1), new("ancia", -1, 2), new("encia", -1, 5), new("adora", -1, 2), new("osa", -1, 1),
        new("ista", -1, 1), new("iva", -1, 9), new("anza", -1, 1), new("log\u00EDa", -1, 3), new("idad", -1, 8),
        new("able", -1, 1), new("ible", -1, 1), new("ante", -1, 2), new("mente", -1, 7), new("amente", 13, 6),
        new("aci\u00F3n", -1, 2), new("uci\u00F3n", -1, 4), new("ico", -1, 1), new("ismo", -1, 1), new("oso", -1, 1),
        new("amiento", -1, 1), new("imiento", -1, 1), new("ivo", -1, 9), new("ador", -1, 2), new("icas", -1, 1),
        new("ancias", -1, 2), new("encias", -1, 5), new("adoras", -1, 2), new("osas", -1, 1), new("istas", -1, 1),
        new("ivas", -1, 9), new("anzas", -1, 1), new("log\u00EDas", -1, 3), new("idades", -1, 8),
        new("ables", -1, 1), new("ibles", -1, 1), new("aciones", -1, 2), new("uciones", -1, 4), new("adores", -1, 2),
        new("antes", -1, 2), new("icos", -1, 1), new("ismos", -1, 1), new("osos", -1, 1), new("amientos", -1, 1),
        new("imientos", -1, 1), new("ivos", -1, 9),
    ];

    // a_7 (y_verb_suffix: verb endings starting with y, deleted after u).
    private static readonly SnowballAmong[] YVerbSuffixes =
    [
        new("ya", -1, 1), new("ye", -1, 1), new("yan", -1, 1), new("yen", -1, 1), new("yeron", -1, 1),
        new("yendo", -1, 1), new("yo", -1, 1), new("yas", -1, 1), new("yes", -1, 1), new("yais", -1, 1),
        new("yamos", -1, 1), new("y\u00F3", -1, 1),
    ];

    // a_8 (verb_suffix: 1 deletes the ending (and a u after g), 2 deletes it).
    private static readonly SnowballAmong[] VerbSuffixes =
    [
        new("aba", -1, 2), new("ada", -1, 2), new("ida", -1, 2), new("ara", -1, 2), new("iera", -1, 2),
        new("\u00EDa", -1, 2), new("ar\u00EDa", 5, 2), new("er\u00EDa", 5, 2), new("ir\u00EDa", 5, 2),
        new("ad", -1, 2), new("ed", -1, 2), new("id", -1, 2), new("ase", -1, 2), new("iese", -1, 2),
        new("aste", -1, 2), new("iste", -1, 2), new("an", -1, 2), new("aban", 16, 2), new("aran", 16, 2),
        new("ieran", 16, 2), new("\u00EDan", 16, 2), new("ar\u00EDan", 20, 2), new("er\u00EDan", 20, 2),
        new("ir\u00EDan", 20, 2), new("en", -1, 1), new("asen", 24, 2), new("iesen", 24, 2), new("aron", -1, 2),
        new("ieron", -1, 2), new("ar\u00E1n", -1, 2), new("er\u00E1n", -1, 2), new("ir\u00E1n", -1, 2),
        new("ado", -1, 2), new("ido", -1, 2), new("ando", -1, 2), new("iendo", -1, 2), new("ar", -1, 2),
        new("er", -1, 2), new("ir", -1, 2), new("as", -1, 2), new("abas", 39, 2), new("adas", 39, 2),
        new("idas", 39, 2), new("aras", 39, 2), new("ieras", 39, 2), new("\u00EDas", 39, 2),
        new("ar\u00EDas", 45, 2), new("er\u00EDas", 45, 2), new("ir\u00EDas", 45, 2), new("es", -1, 1),
        new("ases", 49, 2), new("ieses", 49, 2), new("abais", -1, 2), new("arais", -1, 2), new("ierais", -1, 2),
        new("\u00EDais", -1, 2), new("ar\u00EDais", 55, 2), new("er\u00EDais", 55, 2), new("ir\u00EDais", 55, 2),
        new("aseis", -1, 2), new("ieseis", -1, 2), new("asteis", -1, 2), new("isteis", -1, 2),
        new("\u00E1is", -1, 2), new("\u00E9is", -1, 1), new("ar\u00E9is", 64, 2), new("er\u00E9is", 64, 2),
        new("ir\u00E9is", 64, 2), new("ados", -1, 2), new("idos", -1, 2), new("amos", -1, 2),
        new("\u00E1bamos", 70, 2), new("\u00E1ramos", 70, 2), new("i\u00E9ramos", 70, 2), new("\u00EDamos", 70, 2),
        new("ar\u00EDamos", 74, 2), new("er\u00EDamos", 74, 2), new("ir\u00EDamos", 74, 2), new("emos", -1, 1),
        new("aremos", 78, 2), new("eremos", 78, 2), new("iremos", 78, 2), new("\u00E1semos", 78, 2),
        new("i\u00E9semos", 78, 2), new("imos", -1, 2), new("ar\u00E1s", -1, 2), new("er\u00E1s", -1, 2),
        new("ir\u00E1s", -1, 2), new("\u00EDs", -1, 2), new("ar\u00E1", -1, 2), new("er\u00E1", -1, 2),
        new("ir\u00E1", -1, 2), new("ar\u00E9", -1, 2), new("er\u00E9", -1, 2), new("ir\u00E9", -1, 2),
        new("i\u00F3", -1, 2),
    ];

    // a_9 (residual_suffix: 1 deletes the vowel, 2 also a u after g).
    private static readonly SnowballAmong[] ResidualSuffixes =
    [
        new("a", -1, 1), new("e", -1, 2), new("o", -1, 1), new("os", -1, 1), new("\u00E1", -1, 1), new("\u00E9", -1, 2),
        new("\u00ED", -1, 1), new("\u00F3", -1, 1),
    ];

    // g_v: a e i o u á é í ó ú ü, as bits from 'a' (97) to 'ü' (252).
    private static ReadOnlySpan<byte> Vowels => [17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 10];
    private const int VowelMin = 97;
    private const int VowelMax = 252;
}
