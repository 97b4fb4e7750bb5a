using PrivacySite.Content.Model.Calendar;

namespace PrivacySite.Inquiries.Tests.Support;

/// <summary>
/// Hand-built inquiries whose report figures are known, on the sample society's calendar (3 and 23 November 2026 are days off),
/// seen on Friday 27 November 2026 in Tokyo. The comment of each gives its business days to answer, counted by hand.
/// </summary>
public static class ReportSamples
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static readonly FixedClock Now = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(9)));

    public static IReadOnlyList<InquiryRecord> All() =>
    [
        // A: received Mon 2 Nov, due 20 Nov, answered Fri 13 Nov: 4-6, 9-13 Nov (3 Nov is a day off) = 8 business days, on time.
        Made(InquiryKind.Request, "2026-11-02", "2026-11-20", ("2026-11-04", InquiryStatus.IdentityVerified), ("2026-11-05", InquiryStatus.InProgress), ("2026-11-13", InquiryStatus.Answered)),

        // B: received Tue 10 Nov, paused Thu 12 Nov, resumed Tue 17 Nov (13, 16, 17 = 3 days waited: due 20 Nov moved to 26 Nov),
        // answered Wed 25 Nov: 11-13, 16-20, 24, 25 = 10 business days less 3 paused = 7, on time only because of the pause.
        Made(InquiryKind.Complaint, "2026-11-10", "2026-11-26", ("2026-11-12", InquiryStatus.AwaitingDocuments), ("2026-11-17", InquiryStatus.InProgress), ("2026-11-25", InquiryStatus.Answered)),

        // C: received Fri 30 Oct, due 10 Nov extended to 18 Nov, answered on 18 Nov: 2, 4-6, 9-13, 16-18 Nov = 12 business days, on time.
        Extended(Made(InquiryKind.Request, "2026-10-30", "2026-11-18", ("2026-11-02", InquiryStatus.IdentityVerified), ("2026-11-04", InquiryStatus.InProgress), ("2026-11-18", InquiryStatus.Answered)), "2026-11-09", "2026-11-18"),

        // D: received Mon 16 Nov, due 20 Nov, answered Tue 24 Nov: 17-20, 24 = 5 business days, late.
        Made(InquiryKind.Request, "2026-11-16", "2026-11-20", ("2026-11-17", InquiryStatus.IdentityVerified), ("2026-11-18", InquiryStatus.InProgress), ("2026-11-24", InquiryStatus.Answered)),

        // E: received 5 Nov, due 19 Nov, still in progress: overdue.
        Made(InquiryKind.Request, "2026-11-05", "2026-11-19", ("2026-11-06", InquiryStatus.IdentityVerified), ("2026-11-09", InquiryStatus.InProgress)),

        // F: received 4 Nov, due 18 Nov, paused since 6 Nov: its clock stands still, so not overdue.
        Made(InquiryKind.Complaint, "2026-11-04", "2026-11-18", ("2026-11-06", InquiryStatus.AwaitingDocuments)),

        // G: received 6 Nov, refused 9 Nov: closed, not answered.
        Made(InquiryKind.Request, "2026-11-06", "2026-11-20", ("2026-11-09", InquiryStatus.Refused)),

        // H: received 15 Oct 2025, before the twelve months, never answered: overdue now.
        Made(InquiryKind.Complaint, "2025-10-15", "2025-10-29"),
    ];

    /// <summary>An inquiry received at 10:00 on <paramref name="received"/> (Tokyo), due on <paramref name="due"/>, each step at 15:00 of its day.</summary>
    public static InquiryRecord Made(InquiryKind kind, string received, string due, params (string Day, InquiryStatus Status)[] steps)
    {
        var history = new List<HistoryEntry> { new(At(received, 10), InquiryStatus.Received) };
        history.AddRange(steps.Select(s => new HistoryEntry(At(s.Day, 15), s.Status, s.Status is InquiryStatus.Refused or InquiryStatus.AwaitingDocuments ? "理由" : null, "見本 一郎")));
        return DeskSamples.Record(kind, At(received, 10), Day(due)) with { Status = history[^1].Status, History = history };
    }

    /// <summary>The record with an extension to <paramref name="to"/> recorded on <paramref name="on"/>, kept in date order.</summary>
    public static InquiryRecord Extended(InquiryRecord record, string on, string to) => record with
    {
        History = [.. record.History.Append(new HistoryEntry(At(on, 12), InquiryStatus.InProgress, "記録の取り寄せ", "見本 一郎", ExtendedTo: Day(to))).OrderBy(h => h.At)],
    };

    public static DateTimeOffset At(string day, int hour) => JapanTime.StartOf(Day(day)).AddHours(hour);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
