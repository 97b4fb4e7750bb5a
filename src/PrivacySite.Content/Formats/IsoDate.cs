using System.Globalization;

namespace PrivacySite.Content.Formats;

/// <summary>Dates as content files write them and as messages and machines read them: 2025-04-01.</summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Write(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
