namespace ResourceGen.Search;

/// <summary>
/// <c>lunr.es.stemmer</c>: the Snowball Spanish stemmer exactly as lunr-languages 1.22's generated JavaScript runs it,
/// routine for routine (Snowball's routine names are in the comments), so that it gives that package's stem for every
/// string. Every token is stemmed, however short; characters are UTF-16 code units and only lowercase vowels are vowels.
/// </summary>
internal static partial class SpanishStemmer
{
    // pV, p1 and p2: where RV, R1 and R2 start (Snowball's regions), as positions in the word before stemming.
    private readonly record struct Regions(int RV, int R1, int R2);

    /// <summary>The stem of <paramref name="word"/> (a lowercase token after trimming).</summary>
    public static string Stem(string word)
    {
        var z = new SnowballProgram(word);
        var regions = MarkRegions(z);
        z.Cursor = z.Limit;
        AttachedPronoun(z, regions);
        z.Cursor = z.Limit;
        if (!StandardSuffix(z, regions))
        {
            z.Cursor = z.Limit;
            if (!YVerbSuffix(z, regions))
            {
                z.Cursor = z.Limit;
                VerbSuffix(z, regions);
            }
        }
        z.Cursor = z.Limit;
        ResidualSuffix(z, regions);
        z.Cursor = z.LimitBackward;
        Postlude(z);
        return z.ToString();
    }

    // mark_regions
    private static Regions MarkRegions(SnowballProgram z)
    {
        var rv = RVStart(z);
        z.Cursor = 0;
        int r1 = z.Limit, r2 = z.Limit;
        if (GoPastVowel(z) && GoPastConsonant(z))
        {
            r1 = z.Cursor;
            if (GoPastVowel(z) && GoPastConsonant(z)) r2 = z.Cursor;
        }
        return new Regions(rv, r1, r2);
    }

    // ( v (non-v gopast v) or (v gopast non-v) ) or ( non-v (non-v gopast v) or (v next) ), else the end.
    private static int RVStart(SnowballProgram z)
    {
        if (VowelThenPastVowelOrConsonant(z)) return z.Cursor;
        z.Cursor = 0;
        if (!z.OutGrouping(Vowels, VowelMin, VowelMax)) return z.Limit;
        var afterConsonant = z.Cursor;
        if (ConsonantThenPastVowel(z)) return z.Cursor;
        z.Cursor = afterConsonant;
        if (!z.InGrouping(Vowels, VowelMin, VowelMax) || z.Cursor >= z.Limit) return z.Limit;
        return z.Cursor + 1;
    }

    // v (non-v gopast v) or (v gopast non-v)
    private static bool VowelThenPastVowelOrConsonant(SnowballProgram z)
    {
        if (!z.InGrouping(Vowels, VowelMin, VowelMax)) return false;
        var afterVowel = z.Cursor;
        if (ConsonantThenPastVowel(z)) return true;
        z.Cursor = afterVowel;
        return z.InGrouping(Vowels, VowelMin, VowelMax) && GoPastConsonant(z);
    }

    // non-v gopast v
    private static bool ConsonantThenPastVowel(SnowballProgram z) => z.OutGrouping(Vowels, VowelMin, VowelMax) && GoPastVowel(z);

    private static bool GoPastVowel(SnowballProgram z)
    {
        while (!z.InGrouping(Vowels, VowelMin, VowelMax))
        {
            if (z.Cursor >= z.Limit) return false;
            z.Cursor++;
        }
        return true;
    }

    private static bool GoPastConsonant(SnowballProgram z)
    {
        while (!z.OutGrouping(Vowels, VowelMin, VowelMax))
        {
            if (z.Cursor >= z.Limit) return false;
            z.Cursor++;
        }
        return true;
    }

    // postlude: á é í ó ú lose their accents.
    private static void Postlude(SnowballProgram z)
    {
        while (true)
        {
            z.Bra = z.Cursor;
            var among = z.FindAmong(AccentedVowels);
            if (among == 0) return;
            z.Ket = z.Cursor;
            switch (among)
            {
                case 1: z.SliceFrom("a"); break;
                case 2: z.SliceFrom("e"); break;
                case 3: z.SliceFrom("i"); break;
                case 4: z.SliceFrom("o"); break;
                case 5: z.SliceFrom("u"); break;
                default:
                    if (z.Cursor >= z.Limit) return;
                    z.Cursor++;
                    break;
            }
        }
    }

    // attached_pronoun
    private static void AttachedPronoun(SnowballProgram z, Regions r)
    {
        z.Ket = z.Cursor;
        if (z.FindAmongBackward(AttachedPronouns) == 0) return;
        z.Bra = z.Cursor;
        var among = z.FindAmongBackward(PronounHosts);
        if (among == 0 || r.RV > z.Cursor) return;
        switch (among)
        {
            case 1: ReplaceFromCursor(z, "iendo"); break;
            case 2: ReplaceFromCursor(z, "ando"); break;
            case 3: ReplaceFromCursor(z, "ar"); break;
            case 4: ReplaceFromCursor(z, "er"); break;
            case 5: ReplaceFromCursor(z, "ir"); break;
            case 6: z.SliceDelete(); break;
            case 7:
                if (z.EqualsBackward("u")) z.SliceDelete();
                break;
        }
    }

    private static void ReplaceFromCursor(SnowballProgram z, string s)
    {
        z.Bra = z.Cursor;
        z.SliceFrom(s);
    }

    // standard_suffix: true when a suffix of the table was found and its condition held.
    private static bool StandardSuffix(SnowballProgram z, Regions r)
    {
        z.Ket = z.Cursor;
        var among = z.FindAmongBackward(StandardSuffixes);
        if (among == 0) return false;
        z.Bra = z.Cursor;
        switch (among)
        {
            case 1:
                if (!InR2(z, r)) return false;
                z.SliceDelete();
                break;
            case 2: return DeleteInR2ThenPreceding(z, r, "ic");
            case 3:
                if (!InR2(z, r)) return false;
                z.SliceFrom("log");
                break;
            case 4:
                if (!InR2(z, r)) return false;
                z.SliceFrom("u");
                break;
            case 5:
                if (!InR2(z, r)) return false;
                z.SliceFrom("ente");
                break;
            case 6:
                if (r.R1 > z.Cursor) return false;
                z.SliceDelete();
                DeleteBeforeAmente(z, r);
                break;
            case 7: return DeleteInR2ThenPreceding(z, r, BeforeMente);
            case 8: return DeleteInR2ThenPreceding(z, r, BeforeIdad);
            case 9: return DeleteInR2ThenPreceding(z, r, "at");
        }
        return true;
    }

    // After "amente": ic, ad, os or iv in R2 go too, and "at" in R2 before iv.
    private static void DeleteBeforeAmente(SnowballProgram z, Regions r)
    {
        z.Ket = z.Cursor;
        var among = z.FindAmongBackward(BeforeAmente);
        if (among == 0) return;
        z.Bra = z.Cursor;
        if (!InR2(z, r)) return;
        z.SliceDelete();
        if (among != 1) return;
        z.Ket = z.Cursor;
        if (!z.EqualsBackward("at")) return;
        z.Bra = z.Cursor;
        if (InR2(z, r)) z.SliceDelete();
    }

    // Deletes the suffix found when it is in R2, then an entry of the table before it when that is in R2 too.
    private static bool DeleteInR2ThenPreceding(SnowballProgram z, Regions r, SnowballAmong[] preceding)
    {
        if (!InR2(z, r)) return false;
        z.SliceDelete();
        z.Ket = z.Cursor;
        var among = z.FindAmongBackward(preceding);
        if (among == 0) return true;
        z.Bra = z.Cursor;
        if (among == 1 && InR2(z, r)) z.SliceDelete();
        return true;
    }

    // Deletes the suffix found when it is in R2, then "ic" or "at" before it when that is in R2 too.
    private static bool DeleteInR2ThenPreceding(SnowballProgram z, Regions r, string preceding)
    {
        if (!InR2(z, r)) return false;
        z.SliceDelete();
        z.Ket = z.Cursor;
        if (!z.EqualsBackward(preceding)) return true;
        z.Bra = z.Cursor;
        if (InR2(z, r)) z.SliceDelete();
        return true;
    }

    // y_verb_suffix: true when an ending was found in RV (and, for all of them, deleted after a u).
    private static bool YVerbSuffix(SnowballProgram z, Regions r)
    {
        var among = FindInRV(z, r, YVerbSuffixes);
        if (among == 0) return false;
        z.Bra = z.Cursor;
        if (among == 1)
        {
            if (!z.EqualsBackward("u")) return false;
            z.SliceDelete();
        }
        return true;
    }

    // verb_suffix
    private static void VerbSuffix(SnowballProgram z, Regions r)
    {
        var among = FindInRV(z, r, VerbSuffixes);
        if (among == 0) return;
        z.Bra = z.Cursor;
        if (among == 1)
        {
            // A u between g and the ending goes with it ("-guen" → "g").
            var fromEnd = z.Limit - z.Cursor;
            if (z.EqualsBackward("u"))
            {
                var afterU = z.Limit - z.Cursor;
                z.Cursor = z.EqualsBackward("g") ? z.Limit - afterU : z.Limit - fromEnd;
            }
            else z.Cursor = z.Limit - fromEnd;
            z.Bra = z.Cursor;
        }
        z.SliceDelete();
    }

    // setlimit tomark pV for ( [substring] ): the table's result for an ending that lies in RV, or 0.
    private static int FindInRV(SnowballProgram z, Regions r, SnowballAmong[] table)
    {
        if (z.Cursor < r.RV) return 0;
        var limitBackward = z.LimitBackward;
        z.LimitBackward = r.RV;
        z.Ket = z.Cursor;
        var among = z.FindAmongBackward(table);
        z.LimitBackward = limitBackward;
        return among;
    }

    // residual_suffix
    private static void ResidualSuffix(SnowballProgram z, Regions r)
    {
        z.Ket = z.Cursor;
        var among = z.FindAmongBackward(ResidualSuffixes);
        if (among == 0) return;
        z.Bra = z.Cursor;
        if (r.RV > z.Cursor) return;
        z.SliceDelete();
        if (among != 2) return;
        z.Ket = z.Cursor;
        if (!z.EqualsBackward("u")) return;
        z.Bra = z.Cursor;
        var afterU = z.Limit - z.Cursor;
        if (!z.EqualsBackward("g")) return;
        z.Cursor = z.Limit - afterU;
        if (r.RV <= z.Cursor) z.SliceDelete();
    }

    private static bool InR2(SnowballProgram z, Regions r) => r.R2 <= z.Cursor;
}
