using System.Globalization;
using ResourceGen.Diagnostics;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Configuration;

/// <summary>Reads the <c>search:</c> section of <c>site.yml</c>: <c>boosts: {title: 10, tags: 5, summary: 2, body: 1}</c> and <c>lunr_export: false</c>.</summary>
internal static class SearchSettingsReader
{
    public static SearchSettings Read(YamlMappingNode? section, DiagnosticBag diagnostics, ref bool failed)
    {
        if (section is null) return new SearchSettings();
        var reader = new SettingReader(section, diagnostics, "search.");
        var boosts = new Dictionary<string, double>(SearchSettings.DefaultBoosts);
        if (reader.Mapping("boosts") is { } given)
        {
            var boostReader = new SettingReader(given, diagnostics, "search.boosts.");
            foreach (var (fieldNode, valueNode) in given.Children)
            {
                var field = (fieldNode as YamlScalarNode)?.Value ?? "";
                if (!boosts.ContainsKey(field))
                    boostReader.Report(field, fieldNode, $"is not an indexed field; use {string.Join(", ", SearchSettings.DefaultBoosts.Keys)}{SpellingSuggester.Hint(field, SearchSettings.DefaultBoosts.Keys)}");
                else if (valueNode is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var boost) && boost > 0 && double.IsFinite(boost))
                    boosts[field] = boost;
                else
                    boostReader.Report(field, valueNode, "must be a positive number, e.g. 5");
            }
        }
        var lunrExport = reader.Boolean("lunr_export") ?? true;
        failed |= reader.HasErrors;
        return new SearchSettings { Boosts = boosts, LunrExport = lunrExport };
    }
}
