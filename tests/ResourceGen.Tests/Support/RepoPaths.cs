namespace ResourceGen.Tests.Support;

/// <summary>Finds folders of the repository from the test's working folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding ResourceGen.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The test project's source folder.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "ResourceGen.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResourceGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ResourceGen.sln not found above " + AppContext.BaseDirectory);
    }
}
