using ResourceGen.Output;

namespace ResourceGen.Search;

/// <summary>
/// Writes the sharded search index under <c>search/</c>: a manifest the page reads first (<see cref="ManifestPath"/>),
/// then dictionary slices, postings packs, edit-distance shards, document tables and result cards, each fetched
/// only when a query needs it. The README's "Search index format" section documents every file.
/// </summary>
internal static class SearchShardWriter
{
    /// <summary>The manifest's site path; the only file without a content hash in its name.</summary>
    public const string ManifestPath = ShardFileName.Folder + "manifest.json";

    /// <summary>The format version written in the manifest.</summary>
    public const int FormatVersion = 1;

    /// <summary>The files of the sharded index for <paramref name="index"/>.</summary>
    /// <param name="index">The built lunr index: its terms, weights and <c>_index</c> numbers are used as they are.</param>
    /// <param name="groups">The facets, each with every document's values.</param>
    /// <param name="cards">For each document, in index order, its result card as a UTF-8 JSON object.</param>
    public static IReadOnlyList<OutputFile> Write(LunrIndex index, IReadOnlyList<SearchFacetGroup> groups, IReadOnlyList<byte[]> cards)
    {
        ArgumentNullException.ThrowIfNull(index);
        var documentCount = index.DocumentRefs.Count;
        var (entries, postings) = PostingsPacker.Pack(index);
        var (slices, dictionary) = TermDictionaryWriter.Write(entries);
        var (fuzzy1, fuzzyFiles1) = FuzzyShardWriter.Write(entries, 1);
        var (fuzzy2, fuzzyFiles2) = FuzzyShardWriter.Write(entries, 2);
        var values = groups.Select(g => (IReadOnlyList<string>)g.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()).ToList();
        var (tables, cardHashes, tableFiles) = DocumentTableWriter.Write(documentCount, groups, values, cards);

        var manifest = ShardJson.Bytes(new Dictionary<string, object>
        {
            ["format"] = FormatVersion,
            ["lunr"] = LunrIndex.LunrVersion,
            ["fields"] = index.Fields,
            ["documents"] = documentCount,
            ["dictionary"] = slices.Select(s => new[] { s.First, s.File }).ToList(),
            ["fuzzy1"] = string.Concat(fuzzy1),
            ["fuzzy2"] = string.Concat(fuzzy2),
            ["tables"] = tables,
            ["cards"] = string.Concat(cardHashes),
            ["documentsPerTable"] = DocumentTableWriter.DocumentsPerFile,
            ["cardsPerBucket"] = DocumentTableWriter.CardsPerBucket,
            ["facets"] = groups.Select((g, i) => new Dictionary<string, object> { ["name"] = g.Name, ["values"] = values[i] }).ToList(),
        });
        return [.. postings.Concat(dictionary).Concat(fuzzyFiles1).Concat(fuzzyFiles2).Concat(tableFiles)
                .Select(f => new OutputFile(ShardFileName.Folder + f.Path, f.Bytes)),
            new OutputFile(ManifestPath, manifest)];
    }
}
