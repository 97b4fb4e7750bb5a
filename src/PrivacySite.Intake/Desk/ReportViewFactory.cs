using System.Globalization;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Reports;
using PrivacySite.Theme.ViewModels.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>Writes the monthly report's figures in the page's language: month names, the median with one decimal, the link to what is overdue.</summary>
internal sealed class ReportViewFactory(DeskPages pages)
{
    public ReportView Build(InquiryReport report, Language language)
    {
        var ui = pages.Ui(language);
        return new ReportView(
            [.. report.Months.Select(m => new ReportRow(
                string.Format(CultureInfo.InvariantCulture, ui["desk.reports.month"], m.Month.Year, m.Month.Month),
                m.Received[InquiryKind.Request],
                m.Received[InquiryKind.Complaint],
                m.Answered,
                m.AnsweredOnTime,
                m.MedianBusinessDays is { } median ? median.ToString("0.#", CultureInfo.InvariantCulture) : "-",
                m.OverdueNow))],
            string.Format(CultureInfo.InvariantCulture, ui["desk.reports.overdue_now"], report.OverdueNow),
            DeskRoutes.Inbox(language) + "?due=" + InboxCriteria.Overdue,
            pages.KindName(InquiryKind.Request, language),
            pages.KindName(InquiryKind.Complaint, language));
    }
}
