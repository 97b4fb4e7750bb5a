using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Validation;

namespace PrivacySite.Tests.Validation;

/// <summary>content/calendar/holidays.yaml: planned days may lie ahead, each is listed once, and the list reaches far enough.</summary>
public sealed class HolidayCalendarRuleTests
{
    /// <summary>Well inside the sample calendar (2026-2027).</summary>
    private static readonly FixedClock InsideTheCalendar = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.FromHours(9)));

    [Fact]
    public void Holidays_ahead_of_today_are_not_reported_as_future_dates()
    {
        using var content = new ContentCopy();
        Assert.Empty(Check(content, FixedClock.SampleToday));
        Assert.Empty(Check(content, InsideTheCalendar));
    }

    [Fact]
    public void A_day_listed_twice_is_reported_with_the_line_of_the_first()
    {
        using var content = new ContentCopy();
        content.Write("calendar/holidays.yaml", content.Read("calendar/holidays.yaml") + "  - date: 2027-01-01\n    name:\n      ja: 元日\n      en: New Year's Day\n");

        var finding = Assert.Single(Check(content, InsideTheCalendar));

        Assert.Equal("PS0605", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("calendar/holidays.yaml", finding.Location.File);
        var first = content.Read("calendar/holidays.yaml").Split('\n').ToList().IndexOf("  - date: 2027-01-01") + 1;
        Assert.Equal($"2027-01-01 is already listed (line {first}): remove one", finding.Message(Language.En));
    }

    [Fact]
    public void A_calendar_ending_within_three_months_asks_for_next_years_days()
    {
        using var content = new ContentCopy();
        var lateIn2027 = new FixedClock(new DateTimeOffset(2027, 10, 1, 9, 0, 0, TimeSpan.FromHours(9)));

        var finding = Assert.Single(Check(content, lateIn2027));

        Assert.Equal("PS0606", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("the holiday calendar ends on 2027-12-31: add the days off of 2028, or due dates after 2027-12-31 count public holidays as business days", finding.Message(Language.En));
    }

    [Fact]
    public void An_empty_calendar_is_reported()
    {
        using var content = new ContentCopy();
        content.Write("calendar/holidays.yaml", "# yaml-language-server: $schema=../schemas/holidays.schema.json\nholidays: []\n");

        var finding = Assert.Single(Check(content, InsideTheCalendar));

        Assert.Equal("PS0606", finding.Code);
        Assert.Contains("not set", finding.Message(Language.En));
    }

    private static IReadOnlyList<Diagnostic> Check(ContentCopy content, TimeProvider clock)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(content.Root, diagnostics);
        Assert.NotNull(loaded);
        ContentValidator.Validate(loaded, diagnostics, clock);
        return diagnostics.ToList();
    }
}
