namespace ResourceGen.Configuration;

/// <summary>A comment provider as configured in <c>site.yml</c>: what pages with comments are given.</summary>
internal abstract record CommentService
{
    /// <summary>The provider's name in <c>site.yml</c>, e.g. <c>giscus</c>.</summary>
    public abstract string Name { get; }
}
