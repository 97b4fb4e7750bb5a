using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Deadlines;

/// <summary>
/// An inquiry's clock in the office's business days (<see cref="BusinessCalendar"/>: weekends and the days off in
/// content/calendar): while it awaits documents the clock stands still, and resuming moves its due date later by the
/// business days it waited, those after the day it was paused up to and including the day it moved on.
/// </summary>
public sealed class InquiryClock(BusinessCalendar calendar)
{
    public BusinessCalendar Calendar => calendar;

    /// <summary>The business days after <paramref name="from"/> up to and including <paramref name="to"/>; none when <paramref name="to"/> is not later.</summary>
    public int BusinessDaysAfter(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            days += calendar.IsBusinessDay(day) ? 1 : 0;
        }

        return days;
    }

    /// <summary>
    /// The business days the clock of a paused inquiry has stood still, up to and including <paramref name="today"/> (in Japan);
    /// paused and resumed on one day, none. Not paused: none.
    /// </summary>
    public int PausedBusinessDays(InquiryRecord record, DateOnly today) =>
        record.IsPaused && record.History.LastOrDefault(h => h.IsStatusChange && h.Status == InquiryStatus.AwaitingDocuments) is { } paused
            ? BusinessDaysAfter(JapanDate(paused.At), today)
            : 0;

    /// <summary>The due date as it stands on <paramref name="today"/>: while paused, later by the business days waited (what resuming that day makes it).</summary>
    public DateOnly EffectiveDueOn(InquiryRecord record, DateOnly today) =>
        record.IsPaused ? calendar.AddBusinessDays(record.DueOn, PausedBusinessDays(record, today)) : record.DueOn;

    public bool IsOverdue(InquiryRecord record, DateOnly today) => !record.Status.IsClosed() && EffectiveDueOn(record, today) < today;

    /// <summary>
    /// The business days an answered inquiry took, the clock's way: from its receipt (a day off counts as the next business day)
    /// to the day it was answered, in Japan, less the business days it stood paused for documents. Null when it is not answered.
    /// </summary>
    public int? BusinessDaysToAnswer(InquiryRecord record)
    {
        if (record.Status != InquiryStatus.Answered || record.ClosedAt is not { } answeredAt)
        {
            return null;
        }

        var start = calendar.AddBusinessDays(JapanDate(record.ReceivedAt), 0);
        var elapsed = BusinessDaysAfter(start, JapanDate(answeredAt));
        var steps = record.History.Where(h => h.IsStatusChange).ToList();
        var paused = 0;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            if (steps[i].Status == InquiryStatus.AwaitingDocuments)
            {
                paused += BusinessDaysAfter(JapanDate(steps[i].At), JapanDate(steps[i + 1].At));
            }
        }

        return Math.Max(0, elapsed - paused);
    }

    private static DateOnly JapanDate(DateTimeOffset instant) => Content.Model.Calendar.JapanTime.DateOf(instant);
}
