using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ResourceGen.Content;
using ResourceGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ResourceGen.Tests.Support;

/// <summary>
/// A content file's front matter as the JSON an editor's YAML language server validates: YAML 1.2 core schema, so
/// plain <c>true</c> is a boolean, <c>20</c> a number, an empty value null, and a date stays a string.
/// </summary>
public static partial class FrontMatterJson
{
    /// <summary>The front matter of <paramref name="fileText"/> as JSON (null for an empty block), or <c>Failed</c> when it has no front matter or is not valid YAML.</summary>
    public static (bool Failed, JsonNode? Json) Read(string fileText)
    {
        var split = FrontMatterSplitter.Split(fileText.Replace("\r\n", "\n"), "content/x.md", new DiagnosticBag());
        if (split is null) return (true, null);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(split.Yaml));
        }
        catch (YamlException)
        {
            return (true, null);
        }
        return (false, stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode));
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? ""),
        YamlScalarNode quoted => JsonValue.Create(quoted.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(text)) return JsonValue.Create(decimal.Parse(text, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(text)) return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
