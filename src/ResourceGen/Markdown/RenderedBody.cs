namespace ResourceGen.Markdown;

/// <summary>One page body rendered, with what its links left to check and what they looked up.</summary>
/// <param name="Content">The rendered body.</param>
/// <param name="Pending">Links to check once every page exists.</param>
/// <param name="Consulted">Source paths the links looked up in the <see cref="LinkTargets"/>.</param>
internal sealed record RenderedBody(RenderedContent Content, IReadOnlyList<PendingLinkCheck> Pending, IReadOnlyCollection<string> Consulted);
