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
    /// A configuration object a provider reads from a global variable (<c>var remark_config = {...}</c> in its docs).
    /// It is written as inert JSON, since the site's policy runs no inline script; comments.js defines the global
    /// from it just before the provider's script loads. With <paramref name="asFunction"/> the global is a function
    /// that copies each member onto <c>this</c>, as Disqus's <c>disqus_config</c> expects.
    /// </summary>
    public static string Global(string name, object value, bool asFunction = false) =>
        $"<script type=\"application/json\" data-comments-global=\"{name}\"{(asFunction ? " data-comments-global-function" : "")}>"
        + JsonSerializer.Serialize(value, JsonOptions) + "</script>";

    /// <summary>The scheme and host of an address, as a policy source: <c>https://giscus.app</c>.</summary>
    public static string OriginOf(string address) => new Uri(address).GetLeftPart(UriPartial.Authority);

    /// <summary>The host of an address with its port, as readers are told where a script comes from: <c>giscus.app</c>.</summary>
    public static string HostOf(string address) => new Uri(address).Authority;

    /// <summary>The primary language subtag (<c>en-GB</c> → <c>en</c>), the form comment widgets know.</summary>
    public static string PrimaryLanguage(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}
