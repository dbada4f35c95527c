namespace ResourceGen.Search;

/// <summary>
/// Where a term's postings are: its lunr <c>_index</c>, the postings file (relative to <c>search/</c>) and the byte
/// range of its record there. Written as the JSON array <c>[term, index, file, offset, length]</c>.
/// </summary>
internal sealed record TermEntry(string Term, int Index, string File, int Offset, int Length)
{
    public object[] ToJson() => [Term, Index, File, Offset, Length];
}
