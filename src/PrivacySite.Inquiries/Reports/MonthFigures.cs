using PrivacySite.Forms.Model;

namespace PrivacySite.Inquiries.Reports;

/// <summary>
/// One month's figures (in Japan): requests and complaints received in it; inquiries answered in it, and how many of those by
/// their due date (which pauses for documents and extensions have already moved); the median business days those answers took;
/// and how many of the inquiries received in it are overdue now.
/// </summary>
public sealed record MonthFigures(ReportMonth Month, IReadOnlyDictionary<InquiryKind, int> Received, int Answered, int AnsweredOnTime, double? MedianBusinessDays, int OverdueNow)
{
    public int ReceivedTotal => Received.Values.Sum();
}

/// <summary>The report over a run of months, oldest first, and every inquiry overdue today (however long ago it was received).</summary>
public sealed record InquiryReport(IReadOnlyList<MonthFigures> Months, int OverdueNow);
