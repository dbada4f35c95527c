using System.Collections.Frozen;

namespace ResourceGen.Search;

/// <summary>How JavaScript treats object keys, which decides the key order <c>JSON.stringify</c> writes.</summary>
internal static class JsPropertyKeys
{
    /// <summary>Names that plain objects (<c>{}</c>) inherit; lunr keeps per-field totals in such objects.</summary>
    public static readonly FrozenSet<string> ObjectPrototypeNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "constructor",
        "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
    ]);

    /// <summary>
    /// The value of an array-index key ("0", "10"; not "01", "-1" or "4294967295"), or -1. Objects list such keys
    /// first, in ascending numeric order, and all other keys after them in insertion order.
    /// </summary>
    public static long ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0')) return -1;
        long value = 0;
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value < uint.MaxValue ? value : -1;
    }
}
