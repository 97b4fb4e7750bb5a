using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Reports;

/// <summary>
/// Counts the desk's monthly report from stored inquiries, by the same clock as the due dates (<see cref="InquiryClock"/>).
/// An inquiry counts in the month (in Japan) it was received, and, once answered, in the month it was answered; on time
/// means answered on or before its due date as stored, which resuming after a pause and extending have moved later.
/// Refused and withdrawn inquiries are closed but not answered, so they count as received only.
/// </summary>
public sealed class InquiryReporter(InquiryClock clock)
{
    public InquiryReport Report(IReadOnlyCollection<InquiryRecord> records, DateOnly today, int months)
    {
        var figures = ReportMonth.Of(today).LastMonths(months).Select(month => Figures(month, records, today)).ToList();
        return new InquiryReport(figures, records.Count(r => clock.IsOverdue(r, today)));
    }

    private MonthFigures Figures(ReportMonth month, IReadOnlyCollection<InquiryRecord> records, DateOnly today)
    {
        var received = records.Where(r => ReportMonth.Of(JapanTime.DateOf(r.ReceivedAt)) == month).ToList();
        var answered = records.Where(r => r.Status == InquiryStatus.Answered && ReportMonth.Of(JapanTime.DateOf(r.ClosedAt!.Value)) == month).ToList();
        return new MonthFigures(
            month,
            InquiryKinds.All.ToDictionary(k => k, k => received.Count(r => r.Kind == k)),
            answered.Count,
            answered.Count(r => JapanTime.DateOf(r.ClosedAt!.Value) <= r.DueOn),
            Median([.. answered.Select(r => clock.BusinessDaysToAnswer(r)!.Value)]),
            received.Count(r => clock.IsOverdue(r, today)));
    }

    /// <summary>The middle value, or the mean of the two middle ones; null for none.</summary>
    public static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
