using System.Globalization;
using System.Text.RegularExpressions;
using PrivacySite.Content.Formats;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// A date of birth from year, month and day (already NFKC-normalised) in the Western calendar.
/// Text that looks like a Japanese era year (昭和60, H2, 令和元) gets its own message, since
/// people often write it that way; impossible and future dates are rejected. Stored as yyyy-MM-dd.
/// </summary>
internal static partial class DateRule
{
    public const int EarliestYear = 1900;

    /// <summary>The checked date, or the error code and the index of the part (0 year, 1 month, 2 day) to fix.</summary>
    public static (string? Value, string? Error, int Part) Check(string year, string month, string day, DateOnly today)
    {
        if (EraYear().IsMatch(year))
        {
            return (null, ErrorCodes.DateEra, 0);
        }

        string[] parts = [year, month, day];
        var missing = Array.FindIndex(parts, p => p.Length == 0);
        if (missing >= 0)
        {
            return (null, ErrorCodes.DateIncomplete, missing);
        }

        if (year.Length != 4 || !year.All(char.IsAsciiDigit))
        {
            return (null, ErrorCodes.DateYearFormat, 0);
        }

        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (!TryNumber(month, out var m) || m is < 1 or > 12)
        {
            return (null, ErrorCodes.DateInvalid, 1);
        }

        if (!TryNumber(day, out var d) || y < EarliestYear || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, ErrorCodes.DateInvalid, y < EarliestYear ? 0 : 2);
        }

        var date = new DateOnly(y, m, d);
        return date > today
            ? (null, ErrorCodes.DateFuture, 0)
            : (IsoDate.Write(date), null, 0);
    }

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        return text.Length is 1 or 2 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    // Era names, their initials (M, T, S, H, R) before a number, or 元年 (the first year of an era).
    [GeneratedRegex(@"明治|大正|昭和|平成|令和|元年|^\s*[MTSHRmtshr]\s*\.?\s*\d{1,2}\s*年?\s*$|^\s*元\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EraYear();
}
