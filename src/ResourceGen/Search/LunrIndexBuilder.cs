using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ResourceGen.Search;

/// <summary>
/// Builds the index <c>lunr(function () { this.ref(…); this.field(…); this.add(…) })</c> builds in lunr 2.3.9, with
/// a language's pipeline (lunr's default one unless told, or e.g. <c>this.use(lunr.es)</c>'s) and BM25 weights, so
/// that the serialized index is byte for byte the one lunr writes. Tokenizing and stemming run in parallel; the
/// result does not depend on it.
/// </summary>
/// <example><code>
/// var builder = new LunrIndexBuilder();
/// builder.Field("title", boost: 10);
/// builder.Field("body");
/// builder.Add("a", ["Calm corner", body]);
/// byte[] json = LunrIndexSerializer.Serialize(builder.Build());
/// </code></example>
internal sealed class LunrIndexBuilder(LunrLanguage language)
{
    private readonly List<LunrField> fields = [];
    private readonly List<(string Ref, LunrFieldValue[] Values, double Boost)> documents = [];
    private readonly HashSet<string> refs = new(StringComparer.Ordinal);
    private double b = 0.75;

    /// <summary>A builder with lunr's default, English pipeline.</summary>
    public LunrIndexBuilder()
        : this(LunrLanguage.En)
    {
    }

    /// <summary>The declared fields, in order.</summary>
    public IReadOnlyList<LunrField> Fields => fields;

    /// <summary>The number of documents added.</summary>
    public int DocumentCount => documents.Count;

    /// <summary>BM25's term frequency saturation (lunr's <c>k1()</c>, default 1.2).</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25's field length normalisation (lunr's <c>b()</c>, default 0.75), clamped to [0, 1] like lunr.</summary>
    public double B
    {
        get => b;
        set => b = Math.Clamp(value, 0, 1);
    }

    /// <summary>Declares a field (lunr's <c>field(name, {boost})</c>). Declare every field before adding documents.</summary>
    /// <exception cref="ArgumentException">The name is empty, repeated, contains '/', is an array index such as "0"
    /// (JavaScript would reorder it) or an <c>Object.prototype</c> name (lunr's own averages break on it).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The boost is not a positive finite number.</exception>
    /// <exception cref="InvalidOperationException">Documents were already added.</exception>
    public void Field(string name, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (documents.Count > 0) throw new InvalidOperationException("Declare every field before adding documents.");
        if (name.Length == 0 || name.Contains('/') || JsPropertyKeys.ArrayIndex(name) >= 0 || JsPropertyKeys.ObjectPrototypeNames.Contains(name))
        {
            throw new ArgumentException($"'{name}' cannot be a lunr field name.", nameof(name));
        }
        if (fields.Exists(f => f.Name == name)) throw new ArgumentException($"The field '{name}' is already declared.", nameof(name));
        CheckBoost(boost, nameof(boost));
        fields.Add(new LunrField(name, boost));
    }

    /// <summary>Adds a document (lunr's <c>add(doc, {boost})</c>).</summary>
    /// <param name="docRef">The document's ref, unique in the index; search results name documents by it.</param>
    /// <param name="values">One value per field, in the order of <see cref="Fields"/>.</param>
    /// <param name="boost">The document boost its weights are multiplied by.</param>
    /// <exception cref="ArgumentException">The ref was already added, or the number of values is not the number of fields.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The boost is not a positive finite number.</exception>
    public void Add(string docRef, IReadOnlyList<LunrFieldValue> values, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(docRef);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != fields.Count)
        {
            throw new ArgumentException($"Expected {fields.Count} field values, got {values.Count}.", nameof(values));
        }
        CheckBoost(boost, nameof(boost));
        // lunr would index a repeated ref twice into one entry and count it twice; nothing sensible comes of it.
        if (!refs.Add(docRef)) throw new ArgumentException($"The ref '{docRef}' was already added.", nameof(docRef));
        documents.Add((docRef, [.. values], boost));
    }

    /// <summary>Builds the index of the documents added so far.</summary>
    public LunrIndex Build()
    {
        var fieldCount = fields.Count;
        var analyzed = Analyze();
        var terms = AssignTermIndexes(analyzed, fieldCount, out var termIds, out var postingCounts, out var lengthSums);

        var averageLengths = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++) averageLengths[f] = lengthSums[f] / documents.Count;
        var idf = new double[terms.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = LunrScoring.Idf(Sum(postingCounts.AsSpan(t * fieldCount, fieldCount)), documents.Count);

        var vectors = new LunrFieldVector[analyzed.Length];
        Parallel.For(0, analyzed.Length, i =>
        {
            var document = i / fieldCount;
            var field = i % fieldCount;
            vectors[i] = LunrScoring.FieldVector(
                analyzed[i], termIds[i], idf, document, field, averageLengths[field], K1, B, fields[field].Boost, documents[document].Boost);
        });

        return new LunrIndex(
            fields.ConvertAll(f => f.Name),
            documents.ConvertAll(d => d.Ref),
            vectors,
            Postings(terms, termIds, postingCounts, fieldCount),
            language.SearchPipeline);
    }

    private LunrAnalyzedField[] Analyze()
    {
        var fieldCount = fields.Count;
        var analyzed = new LunrAnalyzedField[documents.Count * fieldCount];
        var stems = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var next = -1;
        // One analyzer per worker, so that its token table serves the whole build; documents are handed out one by one.
        Parallel.For(0, Math.Clamp(documents.Count / 64, 1, Environment.ProcessorCount), _ =>
        {
            var analyzer = new LunrFieldAnalyzer(language, stems);
            int d;
            while ((d = Interlocked.Increment(ref next)) < documents.Count)
            {
                var values = documents[d].Values;
                for (var f = 0; f < fieldCount; f++) analyzed[d * fieldCount + f] = analyzer.Analyze(values[f]);
            }
            analyzer.PrepareTermIndexes();
        });
        return analyzed;
    }

    // A term's _index is the order it is first met in: documents as added, then fields, then tokens.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> AssignTermIndexes(
        LunrAnalyzedField[] analyzed, int fieldCount, out int[][] termIds, out int[] postingCounts, out double[] lengthSums)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var counts = new int[1024 * fieldCount];
        var sums = new long[fieldCount];
        termIds = new int[analyzed.Length][];
        for (var i = 0; i < analyzed.Length; i++)
        {
            var field = i % fieldCount;
            var (length, analyzer, localTerms, _) = analyzed[i];
            sums[field] += length;
            if (analyzer is null)
            {
                termIds[i] = [];
                continue;
            }
            var indexes = analyzer.TermIndexes;
            var fieldIds = new int[localTerms.Length];
            for (var k = 0; k < localTerms.Length; k++)
            {
                ref var termIndex = ref indexes[localTerms[k]];
                if (termIndex < 0)
                {
                    // Each analyzer numbers its own terms, so a term new to this analyzer may be known to another.
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, analyzer.Term(localTerms[k]), out var exists);
                    if (!exists)
                    {
                        id = terms.Count;
                        terms.Add(analyzer.Term(localTerms[k]));
                        if (counts.Length < terms.Count * fieldCount) Array.Resize(ref counts, counts.Length * 2);
                    }
                    termIndex = id;
                }
                fieldIds[k] = termIndex;
                counts[termIndex * fieldCount + field]++;
            }
            termIds[i] = fieldIds;
        }
        postingCounts = counts;
        lengthSums = Array.ConvertAll(sums, s => (double)s);
        return terms;
    }

    // Consumes postingCounts: they become fill cursors.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<LunrPosting> Postings(List<string> terms, int[][] termIds, int[] postingCounts, int fieldCount)
    {
        var documentsByTerm = new int[terms.Count][][];
        for (var t = 0; t < terms.Count; t++)
        {
            var perField = new int[fieldCount][];
            for (var f = 0; f < fieldCount; f++)
            {
                ref var count = ref postingCounts[t * fieldCount + f];
                perField[f] = count == 0 ? [] : new int[count];
                count = 0;
            }
            documentsByTerm[t] = perField;
        }
        for (var i = 0; i < termIds.Length; i++)
        {
            var document = i / fieldCount;
            var field = i % fieldCount;
            foreach (var id in termIds[i]) documentsByTerm[id][field][postingCounts[id * fieldCount + field]++] = document;
        }

        var sorted = terms.ToArray();
        var order = new int[sorted.Length];
        for (var t = 0; t < order.Length; t++) order[t] = t;
        Array.Sort(sorted, order, StringComparer.Ordinal);
        var postings = new List<LunrPosting>(sorted.Length);
        for (var s = 0; s < sorted.Length; s++) postings.Add(new LunrPosting(sorted[s], order[s], documentsByTerm[order[s]]));
        return postings;
    }

    private static void CheckBoost(double boost, string name)
    {
        if (!double.IsFinite(boost) || boost <= 0) throw new ArgumentOutOfRangeException(name, boost, "A boost must be a positive number.");
    }

    private static int Sum(ReadOnlySpan<int> counts)
    {
        var total = 0;
        foreach (var count in counts) total += count;
        return total;
    }
}
