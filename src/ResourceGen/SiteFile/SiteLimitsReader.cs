using ResourceGen.Configuration;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using ResourceGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.SiteFile;

/// <summary>Reads the <c>limits:</c> block of <c>site.yml</c>.</summary>
internal static class SiteLimitsReader
{
    private static readonly string[] Keys = ["front_matter_size", "yaml_depth", "yaml_aliases", "yaml_values", "max_files", "max_output_size"];

    /// <summary>The limits <paramref name="section"/> sets, the defaults for the rest.</summary>
    public static SiteLimits Read(YamlMappingNode? section, DiagnosticBag diagnostics, ref bool failed)
    {
        if (section is null) return SiteLimits.Default;
        var reader = new SettingReader(section, diagnostics, "limits.");
        foreach (var (key, _) in section.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !Keys.Contains(name))
                diagnostics.Warning(DiagnosticCodes.SiteConfigValue, Configuration.SiteConfig.FileName, (int)key.Start.Line, (int)key.Start.Column,
                    $"unknown limit 'limits.{name}'{Text.SpellingSuggester.Hint(name, Keys)}; the limits are {string.Join(", ", Keys)}");
        }
        var defaults = SiteLimits.Default;
        var frontMatter = defaults.FrontMatter;
        var limits = new SiteLimits
        {
            FrontMatter = new FrontMatterLimits(
                reader.Size("front_matter_size") ?? frontMatter.MaxSize,
                new YamlLimits(
                    reader.Integer("yaml_depth") ?? frontMatter.Yaml.MaxDepth,
                    reader.Integer("yaml_aliases") ?? frontMatter.Yaml.MaxAliases,
                    reader.Integer("yaml_values") ?? frontMatter.Yaml.MaxValues)),
            MaxFiles = reader.Integer("max_files") ?? defaults.MaxFiles,
            MaxOutputSize = reader.Size("max_output_size") ?? defaults.MaxOutputSize,
        };
        failed |= reader.HasErrors;
        return limits;
    }
}
