using PrivacySite.Content.Model.Notice;
using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Tests.Validation;

/// <summary>Dates are real calendar dates, not after today in Japan, and a revision history runs forward.</summary>
public sealed class DateRulesTests
{
    public sealed record Dated(DateOnly Enacted);

    /// <summary>A notice's revision record (notice/revisions.yaml) with the enactment on <paramref name="enacted"/> and a revision on each of <paramref name="revised"/>.</summary>
    /// <remarks>The page and caption take lines 1-7; revision i's date is on line 10 + 4i, its value at column 11.</remarks>
    private static string History(string enacted, params string[] revised) =>
        "page:\n  title:\n    ja: 改定履歴\n    en: Revisions\ncaption:\n  ja: 改定\n  en: Revisions\n" +
        $"enacted: {enacted}\nrevisions:\n" +
        string.Concat(revised.Select(date => $"  - date: {date}\n    summary:\n      ja: 改定\n      en: Revised\n"));

    [Fact]
    public void A_date_after_today_in_Japan_is_reported_at_the_value()
    {
        var findings = RecordRuleHarness.Run<Dated>("enacted: 2025-06-02\n", new DatesNotInFutureRule(FixedClock.SampleToday));

        Assert.Equal(["test.yaml:1:10: error PS0602: 2025-06-02 is in the future (today is 2025-06-01 in Japan): record a date once it has happened"], findings);
    }

    [Fact]
    public void Today_counts_in_Japan_time_even_while_it_is_still_yesterday_in_UTC()
    {
        // 00:30 on 1 June in Tokyo is 15:30 on 31 May in UTC.
        var clock = new FixedClock(new DateTimeOffset(2025, 5, 31, 15, 30, 0, TimeSpan.Zero));

        Assert.Empty(RecordRuleHarness.Run<Dated>("enacted: 2025-06-01\n", new DatesNotInFutureRule(clock)));
        Assert.Single(RecordRuleHarness.Run<Dated>("enacted: 2025-06-02\n", new DatesNotInFutureRule(clock)));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025/04/01")]
    [InlineData("令和7年4月1日")]
    [InlineData("2025-4-1")]
    public void A_date_that_is_not_a_calendar_date_in_ISO_form_is_reported(string value)
    {
        var findings = RecordRuleHarness.Run<Dated>($"enacted: {value}\n", new DatesNotInFutureRule(FixedClock.SampleToday));

        Assert.Equal([$"test.yaml:1:10: error PS0601: '{value}' is not a valid date: write it as YYYY-MM-DD"], findings);
    }

    [Fact]
    public void A_history_in_order_passes() =>
        Assert.Empty(RecordRuleHarness.Run<RevisionHistory>(History("2005-04-01", "2017-05-30", "2022-04-01"), new RevisionHistoryRule()));

    [Fact]
    public void A_revision_before_the_one_above_it_is_reported_at_that_revision()
    {
        Assert.Equal(
            ["test.yaml:14:11: error PS0603: 2017-05-30 is not after the date before it (2022-04-01): list the enactment first, then each revision, oldest first"],
            RecordRuleHarness.Run<RevisionHistory>(History("2005-04-01", "2022-04-01", "2017-05-30"), new RevisionHistoryRule()));
    }

    [Fact]
    public void A_revision_on_or_before_the_enactment_is_reported()
    {
        Assert.Equal(["test.yaml:10:11: error PS0603: 2005-04-01 is not after the date before it (2005-04-01): list the enactment first, then each revision, oldest first"],
            RecordRuleHarness.Run<RevisionHistory>(History("2005-04-01", "2005-04-01"), new RevisionHistoryRule()));
    }
}
