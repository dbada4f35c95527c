namespace ResourceGen.Search;

/// <summary>
/// The term dictionary in slices of <see cref="SliceSize"/> consecutive terms (in lunr's sort order). The manifest
/// lists each slice's first term, so a word or prefix maps to the one or few slices its terms can be in.
/// </summary>
internal static class TermDictionaryWriter
{
    public const int SliceSize = 256;

    public static (IReadOnlyList<(string First, string File)> Slices, IReadOnlyList<(string Path, byte[] Bytes)> Files) Write(IReadOnlyList<TermEntry> entries)
    {
        var slices = new List<(string, string)>();
        var files = new List<(string, byte[])>();
        foreach (var chunk in entries.Chunk(SliceSize))
        {
            var bytes = ShardJson.Terms(chunk);
            var name = ShardFileName.For("t", slices.Count, bytes, "json");
            slices.Add((chunk[0].Term, name));
            files.Add((name, bytes));
        }
        return (slices, files);
    }
}
