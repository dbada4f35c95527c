using System.Text;

namespace ResourceGen.Markdown;

/// <summary>
/// Gives each checklist item a key made from its text, so a reader's saved ticks stay on the right items when
/// an author edits, adds or removes other items. Two items with the same text get <c>key</c>, <c>key-2</c>.
/// </summary>
internal sealed class ChecklistKeys
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The key for the next item with this text: 8 hex digits of its FNV-1a hash.</summary>
    public string Next(string text)
    {
        var key = Hash(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var count = _seen[key] = _seen.GetValueOrDefault(key) + 1;
        return count == 1 ? key : $"{key}-{count}";
    }

    private static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash.ToString("x8");
    }
}
