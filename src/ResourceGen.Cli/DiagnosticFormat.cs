namespace ResourceGen.Cli;

/// <summary>How diagnostics are printed.</summary>
public enum DiagnosticFormat
{
    /// <summary><c>path:line:col: error CODE: message</c>, for terminals and editors.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, so problems show on the pull request's lines.</summary>
    Github,
}
