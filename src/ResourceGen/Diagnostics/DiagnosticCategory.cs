namespace ResourceGen.Diagnostics;

/// <summary>Who has to act on a diagnostic, which also decides the exit code.</summary>
public enum DiagnosticCategory
{
    /// <summary>A problem in a content file (exit code 1).</summary>
    Content,

    /// <summary>A problem in <c>site.yml</c>, a template or the command line (exit code 2).</summary>
    Configuration,

    /// <summary>A bug in ResourceGen itself.</summary>
    Internal,
}
