using ResourceGen.Model;

namespace ResourceGen.Templating;

/// <summary>
/// What one page render read: each member of a keyed model object (<see cref="ModelKeys"/>) or of <c>site</c>, and
/// each asset it asked for. A later build re-renders the page only when one of those members changed.
/// </summary>
/// <param name="site">The <c>site</c> object of the page's language, recorded under <paramref name="siteKey"/>.</param>
/// <param name="siteKey">That object's key (<see cref="ModelKeys.SiteOf"/>).</param>
internal sealed class RenderReads(object site, string siteKey)
{
    /// <summary>The member name recorded when a template lists every member of an object.</summary>
    public const string AllMembers = "*";

    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assets = new(StringComparer.Ordinal);

    /// <summary>Members read, by object key.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Members => _members;

    /// <summary>Names passed to <c>asset</c>.</summary>
    public IReadOnlyCollection<string> Assets => _assets;

    /// <summary>Records that <paramref name="member"/> of <paramref name="target"/> was read; unkeyed objects are ignored.</summary>
    public void Member(object target, string member)
    {
        var key = ReferenceEquals(target, site) ? siteKey : ModelKeys.Of(target);
        if (key is null) return;
        if (!_members.TryGetValue(key, out var members)) _members[key] = members = new HashSet<string>(StringComparer.Ordinal);
        members.Add(member);
    }

    /// <summary>Records that the asset <paramref name="name"/> was asked for.</summary>
    public void Asset(string name) => _assets.Add(name);
}
