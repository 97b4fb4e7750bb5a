using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Deadlines;

namespace PrivacySite.Inquiries.Tests.Deadlines;

/// <summary>Business days in Japan: weekends and the days off listed in content/calendar/holidays.yaml are skipped.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Sample = new(SampleContent.Content.Holidays);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-16", 1, "2026-11-17")]   // Monday: the day of receipt does not count
    [InlineData("2026-11-13", 1, "2026-11-16")]   // Friday: over the weekend
    [InlineData("2026-11-14", 1, "2026-11-17")]   // Saturday: received on Monday, due Tuesday
    [InlineData("2026-11-15", 3, "2026-11-19")]   // Sunday: counted from Monday
    [InlineData("2026-11-20", 1, "2026-11-24")]   // Friday before Labour Thanksgiving Day (Monday 23rd)
    [InlineData("2026-11-23", 1, "2026-11-25")]   // on the holiday itself: received on the 24th
    [InlineData("2026-05-01", 1, "2026-05-07")]   // Golden Week: 3 May (Sun), 4-6 May holidays
    [InlineData("2026-09-18", 1, "2026-09-24")]   // 21-23 September 2026, three holidays in a row
    [InlineData("2026-12-28", 1, "2027-01-04")]   // year end: 29 December to 3 January closed
    [InlineData("2026-12-25", 14, "2027-01-21")]  // across the year end and Coming of Age Day (11 January 2027)
    [InlineData("2027-01-01", 1, "2027-01-05")]   // New Year's Day: received on the 4th
    [InlineData("2027-03-19", 1, "2027-03-23")]   // Vernal Equinox Day on a Sunday: substitute holiday on the 22nd
    public void Counts_business_days_after_the_day_of_receipt(string received, int days, string due) =>
        Assert.Equal(D(due), Sample.AddBusinessDays(D(received), days));

    [Fact]
    public void Without_a_day_off_listed_only_weekends_are_skipped()
    {
        var none = new BusinessCalendar(new HolidayCalendar([]));
        Assert.Equal(D("2026-11-24"), none.AddBusinessDays(D("2026-11-20"), 2));
        Assert.Equal(D("2026-12-30"), none.AddBusinessDays(D("2026-12-28"), 2));
    }

    [Fact]
    public void A_listed_day_off_on_a_weekday_is_skipped()
    {
        var calendar = new BusinessCalendar(new HolidayCalendar([new Holiday(D("2026-11-18"), new LocalizedText("創立記念日", "Foundation day"))]));
        Assert.False(calendar.IsBusinessDay(D("2026-11-18")));
        Assert.Equal(D("2026-11-19"), calendar.AddBusinessDays(D("2026-11-17"), 1));
    }

    [Fact]
    public void Every_due_date_is_a_business_day_with_exactly_the_promised_number_of_business_days_before_it()
    {
        for (var received = D("2026-01-01"); received <= D("2027-10-01"); received = received.AddDays(1))
        {
            foreach (var days in new[] { 1, 10, 14, 30 })
            {
                var due = Sample.AddBusinessDays(received, days);
                Assert.True(Sample.IsBusinessDay(due), $"{received} + {days}: {due} is a day off");
                var firstCounted = received.AddDays(1);
                var counted = Enumerable.Range(0, due.DayNumber - firstCounted.DayNumber + 1).Select(firstCounted.AddDays).Count(Sample.IsBusinessDay);
                var receivedOnDayOff = !Sample.IsBusinessDay(received);
                Assert.True(counted == days + (receivedOnDayOff ? 1 : 0), $"{received} + {days}: {counted} business days up to {due}");
            }
        }
    }

    [Fact]
    public void The_sample_calendar_marks_national_holidays_and_the_new_year_break_but_not_ordinary_weekdays()
    {
        Assert.False(Sample.IsBusinessDay(D("2026-02-11")));
        Assert.False(Sample.IsBusinessDay(D("2026-12-31")));
        Assert.False(Sample.IsBusinessDay(D("2027-01-02")));
        Assert.True(Sample.IsBusinessDay(D("2026-12-28")));
        Assert.True(Sample.IsBusinessDay(D("2027-01-04")));
    }
}
