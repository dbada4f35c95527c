using System.Globalization;

namespace ResourceGen.Cli;

/// <summary>How the command line prints a duration: whole milliseconds, the same in every culture.</summary>
internal static class DurationText
{
    /// <summary><paramref name="time"/> in whole milliseconds, without the unit: <c>1234</c>.</summary>
    public static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
