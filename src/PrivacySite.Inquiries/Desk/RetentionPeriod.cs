using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PrivacySite.Inquiries.Desk;

/// <summary>How long closed inquiries are kept, written as a number and a unit: "3y", "18m", "90d".</summary>
public readonly record struct RetentionPeriod(int Amount, char Unit)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out RetentionPeriod? period)
    {
        period = null;
        var trimmed = text?.Trim().ToLowerInvariant() ?? "";
        if (trimmed.Length < 2 || trimmed[^1] is not ('y' or 'm' or 'd')
            || !int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount is < 1 or > 100 * 366)
        {
            return false;
        }

        period = new RetentionPeriod(amount, trimmed[^1]);
        return true;
    }

    /// <summary>True for a period of zero ("0d", "00y"), which is refused: every closed inquiry would be past it at once.</summary>
    public static bool IsZero(string? text)
    {
        var trimmed = text?.Trim().ToLowerInvariant() ?? "";
        return trimmed.Length >= 2 && trimmed[^1] is 'y' or 'm' or 'd' && trimmed[..^1].All(c => c == '0');
    }

    /// <summary>The date <see cref="Amount"/> years, months or days before <paramref name="date"/> (29 February falls back to the 28th).</summary>
    public DateOnly Before(DateOnly date) => Unit switch
    {
        'y' => date.AddYears(-Amount),
        'm' => date.AddMonths(-Amount),
        _ => date.AddDays(-Amount),
    };

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)}{Unit}";
}
