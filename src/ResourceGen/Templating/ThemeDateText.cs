using System.Globalization;
using ResourceGen.Text;

namespace ResourceGen.Templating;

/// <summary>
/// <c>date_text</c>: a date as the page's language writes it, from the theme texts <c>date</c> ("{0} {1} {2}" for
/// day, month and year; "{0} de {1} de {2}" in Spanish) and <c>month_1</c> ... <c>month_12</c>. A theme without
/// them gets "14 March 2026".
/// </summary>
internal sealed class ThemeDateText(ThemeStrings strings, string language)
{
    /// <summary>The date written out for readers; empty for a value that is no date.</summary>
    public HtmlFragment Write(object? value)
    {
        if (TemplateFunctions.AsDate(value) is not { } date) return new HtmlFragment("");
        if (strings.Find(language, "date") is not { } format || strings.Find(language, $"month_{date.Month.ToString(CultureInfo.InvariantCulture)}") is not { } month)
            return new HtmlFragment(HtmlText.Escape(TemplateFunctions.DateText(date)));
        return new HtmlFragment(format.Other
            .Replace("{0}", date.Day.ToString(CultureInfo.InvariantCulture))
            .Replace("{1}", month.Other)
            .Replace("{2}", date.Year.ToString(CultureInfo.InvariantCulture)));
    }
}
