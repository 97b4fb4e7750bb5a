using System.Globalization;
using PrivacySite.Content.Formats;

namespace PrivacySite.Theme.Formatting;

/// <summary>Writes a date with the page language's pattern from the UI strings (date.format).</summary>
public static class DateText
{
    /// <summary>
    /// The invariant culture spells month names in English; Japanese patterns use numbers only.
    /// A pattern that is missing (the key stands in for it, and the build reports it) or mistyped
    /// gives the date as 2025-04-01 rather than stopping the build.
    /// </summary>
    public static string Format(DateOnly date, string pattern)
    {
        try
        {
            return date.ToString(pattern, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return IsoDate.Write(date);
        }
    }
}
