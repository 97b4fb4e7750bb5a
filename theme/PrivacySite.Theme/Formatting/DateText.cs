using System.Globalization;

namespace PrivacySite.Theme.Formatting;

/// <summary>Writes a date with the page language's pattern from the UI strings (date.format).</summary>
public static class DateText
{
    /// <summary>The invariant culture spells month names in English; Japanese patterns use numbers only.</summary>
    public static string Format(DateOnly date, string pattern) => date.ToString(pattern, CultureInfo.InvariantCulture);

    public static string MachineReadable(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
