using ResourceGen.Configuration;

namespace ResourceGen.Comments;

/// <summary>A value of <c>comments.provider</c>: its name, the keys of its block and how it reads them.</summary>
/// <param name="Name">The name in <c>site.yml</c>.</param>
/// <param name="Keys">The keys its block (<c>comments.&lt;name&gt;:</c>) may hold.</param>
/// <param name="Configure">Reads and checks the block; null when there is nothing to show (or after errors).</param>
internal sealed record CommentProvider(string Name, IReadOnlyList<string> Keys, Func<CommentProviderOptions, CommentService?> Configure);
