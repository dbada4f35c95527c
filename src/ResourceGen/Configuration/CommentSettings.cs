using ResourceGen.Comments;

namespace ResourceGen.Configuration;

/// <summary>How pages get comments, from the <c>comments:</c> section of <c>site.yml</c>.</summary>
internal sealed record CommentSettings
{
    /// <summary>The configured provider, or null for <c>provider: none</c> (the default).</summary>
    public CommentService? Service { get; init; }

    /// <summary>When true (the default), nothing third-party loads until the reader asks for it.</summary>
    public bool Consent { get; init; } = true;

    /// <summary>Per content type, whether its pages have comments when their front matter does not say; absent types have them.</summary>
    public IReadOnlyDictionary<string, bool> Types { get; init; } = new Dictionary<string, bool>();

    /// <summary>Whether a page of type <paramref name="typeName"/> with front-matter value <paramref name="pageSetting"/> has comments.</summary>
    public bool IsOnFor(string typeName, bool? pageSetting) =>
        Service is not null && (pageSetting ?? Types.GetValueOrDefault(typeName, true));
}
