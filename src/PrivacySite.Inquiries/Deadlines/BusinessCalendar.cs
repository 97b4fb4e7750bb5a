using PrivacySite.Content.Model.Calendar;

namespace PrivacySite.Inquiries.Deadlines;

/// <summary>The privacy office's working days: not Saturday or Sunday, and not a day off in content/calendar/holidays.yaml.</summary>
public sealed class BusinessCalendar(HolidayCalendar calendar)
{
    private readonly HashSet<DateOnly> _daysOff = [.. calendar.Holidays.Select(h => h.Date)];

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(date);

    /// <summary>
    /// The <paramref name="days"/>-th business day after <paramref name="received"/>, not counting
    /// the day of receipt itself; something received on a day off counts as received on the next business day.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly received, int days)
    {
        var day = received;
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
