namespace ResourceGen.Search;

/// <summary>Unsigned LEB128 numbers, the integer encoding of the sharded index's binary files.</summary>
internal static class Varint
{
    public static void Write(List<byte> bytes, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }
        bytes.Add((byte)rest);
    }
}
