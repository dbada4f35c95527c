namespace ResourceGen.Diagnostics;

/// <summary>A stable diagnostic code with its category and a one-line meaning for the docs.</summary>
/// <param name="Code">The code shown to users, e.g. <c>RG0103</c>.</param>
/// <param name="Category">Decides the exit code.</param>
/// <param name="Meaning">What the code means, for the README table.</param>
/// <param name="Fix">How an author fixes it.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticCategory Category, string Meaning, string Fix);
