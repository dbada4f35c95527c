using ResourceGen.Diagnostics;
using ResourceGen.Tests.Support;

namespace ResourceGen.Tests.Docs;

public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void Every_diagnostic_code_has_a_row_in_the_README()
    {
        var missing = DiagnosticCodes.All.Where(d => !Readme.Contains($"| {d.Code} |")).Select(d => d.Code).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_quick_start_is_the_two_commands()
    {
        var quickStart = Readme[Readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var block = quickStart[(quickStart.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];

        Assert.Equal(["dotnet run --project src/ResourceGen.Cli -- build", "dotnet test"], block.Trim().Split('\n'));
    }
}
