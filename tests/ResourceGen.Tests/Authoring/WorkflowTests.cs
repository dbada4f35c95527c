using System.Text;
using ResourceGen.Authoring;
using ResourceGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Tests.Authoring;

// Issue 9: the GitHub workflow checks and previews pull requests and deploys main to Pages, with the README's commands.
public class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml")));
    private static readonly YamlMappingNode StarterWorkflow = Load(Encoding.UTF8.GetString(BuiltInFiles.Starter[".github/workflows/site.yml"]));

    [Fact]
    public void Every_command_the_workflow_runs_is_one_of_the_READMEs_two_building_blocks()
    {
        var commands = Steps(Workflow).Select(s => Text(s, "run")).OfType<string>().ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(
            c.StartsWith("dotnet run --project src/ResourceGen.Cli -- ", StringComparison.Ordinal) || c == "dotnet test", c));
    }

    [Fact]
    public void A_pull_request_is_checked_with_github_annotations_then_built_and_uploaded()
    {
        var job = Job(Workflow, "preview");

        Assert.Contains("pull_request", Text(job, "if"));
        var runs = Steps(job).Select(s => Text(s, "run")).OfType<string>().ToList();
        Assert.Equal("dotnet run --project src/ResourceGen.Cli -- check --format github", runs[0]);
        Assert.StartsWith("dotnet run --project src/ResourceGen.Cli -- build --base-url ", runs[1]);
        Assert.Contains(Uses(job), u => u.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        var upload = Steps(job).Single(s => Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("_site/", Text((YamlMappingNode)upload.Children["with"], "path"));
    }

    [Fact]
    public void Main_is_built_with_the_pages_address_and_deployed_with_the_official_actions()
    {
        var build = Job(Workflow, "build");
        var deploy = Job(Workflow, "deploy");

        var pages = Steps(build).Single(s => Text(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        Assert.Equal("pages", Text(pages, "id"));
        Assert.Contains(Steps(build), s => Text(s, "run")?.Contains("build --base-url \"${{ steps.pages.outputs.base_url }}\"") == true);
        Assert.Contains(Uses(build), u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains(Uses(deploy), u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        var permissions = (YamlMappingNode)deploy.Children["permissions"];
        Assert.Equal("write", Text(permissions, "pages"));
        Assert.Equal("write", Text(permissions, "id-token"));
        Assert.Equal("github-pages", Text((YamlMappingNode)deploy.Children["environment"], "name"));
        Assert.Equal("build", Text(deploy, "needs"));
    }

    [Fact]
    public void A_new_sites_workflow_has_the_same_jobs_and_actions_with_the_installed_tool()
    {
        Assert.Equal(Jobs(Workflow).Keys, Jobs(StarterWorkflow).Keys);
        foreach (var name in Jobs(Workflow).Keys)
            Assert.Equal(Uses(Job(Workflow, name)), Uses(Job(StarterWorkflow, name)));
        var commands = Steps(StarterWorkflow).Select(s => Text(s, "run")).OfType<string>().ToList();
        Assert.All(commands, c => Assert.True(c.StartsWith("resourcegen ", StringComparison.Ordinal) || c.StartsWith("dotnet tool install ", StringComparison.Ordinal), c));
    }

    [Fact]
    public void Every_job_has_a_time_limit_and_no_checkout_leaves_a_token_behind()
    {
        foreach (var workflow in new[] { Workflow, StarterWorkflow })
        {
            Assert.All(Jobs(workflow), job => Assert.True(int.TryParse(Text(job.Value, "timeout-minutes"), out var minutes) && minutes is > 0 and <= 20, job.Key));
            var checkouts = Steps(workflow).Where(s => Text(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(2, checkouts.Count);
            Assert.All(checkouts, c => Assert.Equal("false", Text((YamlMappingNode)c.Children["with"], "persist-credentials")));
        }
    }

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static Dictionary<string, YamlMappingNode> Jobs(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow.Children["jobs"]).Children.ToDictionary(j => ((YamlScalarNode)j.Key).Value!, j => (YamlMappingNode)j.Value);

    private static YamlMappingNode Job(YamlMappingNode workflow, string name) => Jobs(workflow)[name];

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode node) => node.Children.ContainsKey("jobs")
        ? Jobs(node).Values.SelectMany(Steps)
        : node.Children.TryGetValue("steps", out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    private static List<string> Uses(YamlMappingNode job) => [.. Steps(job).Select(s => Text(s, "uses")).OfType<string>()];

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? (value as YamlScalarNode)?.Value?.Trim() : null;
}
