namespace ResourceGen.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>The build goes on; the author should still look.</summary>
    Warning,

    /// <summary>The build writes nothing.</summary>
    Error,
}
