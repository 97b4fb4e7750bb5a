namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>One month of the report, every value already written in the page's language.</summary>
public sealed record ReportRow(string Month, int Requests, int Complaints, int Answered, int AnsweredOnTime, string MedianBusinessDays, int OverdueNow);

/// <summary>The monthly report: one row per month, oldest first, what is overdue now with a link to it, and the names of the two kinds for the chart's legend.</summary>
public sealed record ReportView(IReadOnlyList<ReportRow> Rows, string OverdueNow, string OverdueHref, string RequestLabel, string ComplaintLabel);
