using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>Functions ResourceGen adds to Scriban's built-ins; in templates their names are snake_case (<c>date_text</c>).</summary>
internal static class TemplateFunctions
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // The default encoder escapes < > & ' so JSON can sit inside a <script> element.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Marks trusted text as HTML, so it is written without escaping.</summary>
    public static HtmlFragment Raw(object? value) => value as HtmlFragment ?? new HtmlFragment(value?.ToString() ?? "");

    /// <summary>The value as JSON that is safe inside a <c>&lt;script&gt;</c> element (for JSON-LD).</summary>
    public static HtmlFragment Json(object? value) => new(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>A date for readers, e.g. "14 March 2026"; empty for no date.</summary>
    public static string DateText(object? value) =>
        AsDate(value)?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A date as <c>2026-03-14</c>, for <c>datetime</c> attributes and structured data.</summary>
    public static string DateIso(object? value) =>
        AsDate(value)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Singular or plural: <c>plural 3 "resource" "resources"</c> → "3 resources".</summary>
    public static string Plural(int count, string one, string many) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    /// <summary>The value as a date: a date, a date and time, or text written <c>YYYY-MM-DD</c>; else null.</summary>
    public static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };
}
