using ResourceGen.Diagnostics;
using ResourceGen.Text;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Schema;

/// <summary>When site.yml declares a tag vocabulary, every tag a page uses must be in it.</summary>
internal static class TagVocabularyCheck
{
    public static void Check(YamlNode tagsNode, IReadOnlyDictionary<string, TagDefinition> vocabulary, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var nodes = tagsNode switch
        {
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>(),
            YamlScalarNode scalar => [scalar],
            _ => [],
        };
        foreach (var node in nodes)
        {
            var tag = node.Value ?? "";
            if (tag.Trim().Length == 0 || vocabulary.ContainsKey(Slugifier.Slugify(tag))) continue;
            var names = vocabulary.Values.Select(t => t.Name);
            diagnostics.Error(DiagnosticCodes.TagNotInVocabulary, file, (int)node.Start.Line + lineOffset, (int)node.Start.Column,
                $"tag '{tag}' is not in the tag vocabulary (schema.tags in site.yml){SpellingSuggester.Hint(tag, names)}; use a listed tag or add it to site.yml");
        }
    }
}
