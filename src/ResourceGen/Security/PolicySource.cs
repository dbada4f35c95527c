namespace ResourceGen.Security;

/// <summary>One source a Content-Security-Policy directive allows, e.g. <c>script-src https://giscus.app</c>.</summary>
/// <param name="Directive">The directive, e.g. <c>script-src</c>.</param>
/// <param name="Source">The source expression, e.g. <c>https://giscus.app</c> or <c>'unsafe-inline'</c>.</param>
internal sealed record PolicySource(string Directive, string Source);
