using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Export;

namespace PrivacySite.Intake.Desk;

/// <summary>Times and dates as the desk shows them: in Japan, written as the export writes them (2026-12-03 09:30).</summary>
internal static class DeskTimes
{
    public static string Time(DateTimeOffset instant) => ExportRow.Time(JapanTime.From(instant));

    public static string Date(DateOnly date) => ExportRow.Date(date);
}
