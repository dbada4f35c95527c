using System.Runtime.CompilerServices;

namespace ResourceGen.Search;

/// <summary>
/// A map from strings to ints that is looked up by span, so that a token costs no allocation once it has been
/// seen. It is built for the indexer's hot loop: open addressing keeps hash, value and key position together in
/// one slot, and the keys' characters sit next to each other in one array, so a lookup touches two places in
/// memory where a <see cref="Dictionary{TKey, TValue}"/> with an alternate key touches four.
/// </summary>
internal sealed class LunrTokenTable
{
    private Slot[] slots = new Slot[1 << 12];
    private char[] keys = new char[1 << 14];
    private int keysLength;

    /// <summary>The number of keys in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The value stored for <paramref name="key"/>; a new key is added with the value 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ref int GetValueRefOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        // Marvin (string's own randomized hash) keeps crafted collisions from slowing the build down.
        var hash = (uint)string.GetHashCode(key);
        var mask = slots.Length - 1;
        var i = (int)(hash & (uint)mask);
        while (slots[i].LengthPlusOne != 0)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == hash && slot.LengthPlusOne == key.Length + 1 && key.SequenceEqual(keys.AsSpan(slot.Offset, key.Length)))
            {
                added = false;
                return ref slot.Value;
            }
            i = (i + 1) & mask;
        }
        if (keysLength + key.Length > keys.Length) Array.Resize(ref keys, Math.Max(keys.Length * 2, keysLength + key.Length));
        key.CopyTo(keys.AsSpan(keysLength));
        slots[i] = new Slot { Hash = hash, LengthPlusOne = key.Length + 1, Offset = keysLength };
        keysLength += key.Length;
        added = true;
        if (++Count * 2 > slots.Length)
        {
            Grow();
            return ref GetValueRefOrAdd(key, out _);
        }
        return ref slots[i].Value;
    }

    private void Grow()
    {
        var old = slots;
        slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.LengthPlusOne == 0) continue;
            var i = (int)(slot.Hash & (uint)mask);
            while (slots[i].LengthPlusOne != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
    }

    private struct Slot
    {
        public uint Hash;
        public int LengthPlusOne;
        public int Offset;
        public int Value;
    }
}
