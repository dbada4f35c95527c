using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ResourceGen.Search;

/// <summary>
/// Tokenizes field values and runs <paramref name="language"/>'s pipeline over them, counting term frequencies. One
/// instance per thread: it remembers the term of every distinct token it has seen, so a token costs one table lookup,
/// and it numbers its terms densely so that counting uses arrays. Stems are shared between threads through
/// <paramref name="stems"/> (trimmed word → stem), because stemming one word costs microseconds.
/// </summary>
internal sealed class LunrFieldAnalyzer(LunrLanguage language, ConcurrentDictionary<string, string> stems)
{
    private const int StopWord = -1;

    // Token → term id + 1 (0 for a stop word); terms are numbered by this analyzer.
    private readonly LunrTokenTable tokens = new();
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private int[] lastField = new int[1024];
    private int[] slotInField = new int[1024];
    private char[] lowered = new char[4096];
    private int[] fieldTerms = new int[256];
    private int[] fieldFrequencies = new int[256];
    private int fieldTermCount;
    private int length;
    private int field;

    /// <summary>The term with id <paramref name="id"/>.</summary>
    public string Term(int id) => terms[id];

    /// <summary>
    /// The global <c>_index</c> of each term id, filled in by the builder after analysis
    /// (-1 until then); sized by <see cref="PrepareTermIndexes"/>.
    /// </summary>
    public int[] TermIndexes { get; private set; } = [];

    /// <summary>Makes <see cref="TermIndexes"/> one slot per term, all -1.</summary>
    public void PrepareTermIndexes()
    {
        TermIndexes = new int[terms.Count];
        Array.Fill(TermIndexes, -1);
    }

    // A site build runs this hot loop once per process: tiered JIT would run most of it unoptimized.
    /// <summary>The terms of <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LunrAnalyzedField Analyze(LunrFieldValue value)
    {
        field++;
        length = 0;
        fieldTermCount = 0;
        if (value.Items is { } items)
        {
            foreach (var item in items) Add(item is null ? "" : JsLowerCase.ToLower(item));
        }
        else if (value.Text is { } text)
        {
            var lowerText = JsLowerCase.ToLower(text, ref lowered);
            foreach (var range in LunrTokenizer.Split(lowerText)) Add(lowerText[range]);
        }
        return length == 0
            ? LunrAnalyzedField.Empty
            : new LunrAnalyzedField(length, this, fieldTerms[..fieldTermCount], fieldFrequencies[..fieldTermCount]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(ReadOnlySpan<char> token)
    {
        ref var termPlusOne = ref tokens.GetValueRefOrAdd(token, out var added);
        if (added) termPlusOne = Resolve(token) + 1;
        var term = termPlusOne - 1;
        if (term == StopWord) return;
        length++;
        if (lastField[term] == field)
        {
            fieldFrequencies[slotInField[term]]++;
            return;
        }
        lastField[term] = field;
        slotInField[term] = fieldTermCount;
        if (fieldTermCount == fieldTerms.Length)
        {
            Array.Resize(ref fieldTerms, fieldTermCount * 2);
            Array.Resize(ref fieldFrequencies, fieldTermCount * 2);
        }
        fieldTerms[fieldTermCount] = term;
        fieldFrequencies[fieldTermCount++] = 1;
    }

    // Different tokens ("Calm", "calm,") can give the same term; they share one term id.
    private int Resolve(ReadOnlySpan<char> token)
    {
        var trimmed = language.Trimmer.Trim(token);
        if (language.StopWordFilter.IsStopWord(trimmed)) return StopWord;
        var stem = stems.GetOrAdd(trimmed.ToString(), language.Stem);
        ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(termIds, stem, out var known);
        if (known) return term;
        term = terms.Count;
        terms.Add(stem);
        if (term == lastField.Length)
        {
            Array.Resize(ref lastField, term * 2);
            Array.Resize(ref slotInField, term * 2);
        }
        return term;
    }
}
