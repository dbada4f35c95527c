namespace ResourceGen.Comments;

/// <summary>Every comment provider, in the order the docs list them: adding a provider is adding its file and a line here.</summary>
internal static class CommentProviders
{
    public static readonly IReadOnlyList<CommentProvider> All =
    [
        new("none", [], _ => null),
        GiscusEmbed.Provider,
        UtterancesEmbed.Provider,
        DisqusEmbed.Provider,
        CusdisEmbed.Provider,
        Remark42Embed.Provider,
        IssoEmbed.Provider,
        StaticComments.Provider,
    ];

    /// <summary>The provider named <paramref name="name"/>, or null.</summary>
    public static CommentProvider? ByName(string name) => All.FirstOrDefault(p => p.Name == name);
}
