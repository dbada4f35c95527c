using System.Text.Encodings.Web;
using System.Text.Json;
using ResourceGen.Text;

namespace ResourceGen.Comments;

/// <summary>Writes a provider's embed markup with every value escaped, attributes in the order its documentation uses.</summary>
internal static class EmbedMarkup
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>An element; a null value leaves its attribute out and an empty one writes it bare (<c>async</c>).</summary>
    public static string Element(string tag, params (string Name, string? Value)[] attributes)
    {
        var written = attributes
            .Where(a => a.Value is not null)
            .Select(a => a.Value!.Length == 0 ? " " + a.Name : $" {a.Name}=\"{HtmlText.Escape(a.Value)}\"");
        return $"<{tag}{string.Concat(written)}></{tag}>";
    }

    /// <summary>
    /// An inline script, such as the <c>var remark_config = {...}</c> a provider's documentation asks for. The page's
    /// policy allows it by its hash (see <see cref="Security.InlineScriptHashes"/>), never by <c>'unsafe-inline'</c>.
    /// </summary>
    public static string InlineScript(params string[] lines) => "<script>\n" + string.Join('\n', lines) + "\n</script>";

    /// <summary>A value as a JavaScript literal that is safe inside a <c>&lt;script&gt;</c> element.</summary>
    public static string Js(object value) => JsonSerializer.Serialize(value, JsonOptions);

    /// <summary>The scheme and host of an address, as a policy source: <c>https://giscus.app</c>.</summary>
    public static string OriginOf(string address) => new Uri(address).GetLeftPart(UriPartial.Authority);

    /// <summary>The host of an address with its port, as readers are told where a script comes from: <c>giscus.app</c>.</summary>
    public static string HostOf(string address) => new Uri(address).Authority;

    /// <summary>The primary language subtag (<c>en-GB</c> → <c>en</c>), the form comment widgets know.</summary>
    public static string PrimaryLanguage(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}
