using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Tests.Validation;

/// <summary>Dates are real calendar dates, not after today in Japan, and a revision history runs forward.</summary>
public sealed class DateRulesTests
{
    public sealed record Dated(DateOnly Enacted);

    public sealed record Revision(DateOnly Date);

    /// <summary>Shaped like a notice's revision record: enactment, revisions oldest first, and an optional displayed date.</summary>
    public sealed record Revisions(DateOnly Enacted, IReadOnlyList<Revision> Revised, DateOnly? LastRevised = null) : IRevisionHistory
    {
        public IEnumerable<(string Path, DateOnly Date)> History =>
            [("enacted", Enacted), .. Revised.Select((r, i) => ($"revised[{i}].date", r.Date))];

        public (string Path, DateOnly Date)? DisplayedLastRevised => LastRevised is { } date ? ("last_revised", date) : null;
    }

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
    public void A_history_in_order_ending_on_the_displayed_date_passes()
    {
        const string yaml = "enacted: 2005-04-01\nrevised:\n  - date: 2017-05-30\n  - date: 2022-04-01\nlast_revised: 2022-04-01\n";

        Assert.Empty(RecordRuleHarness.Run<Revisions>(yaml, new RevisionHistoryRule()));
    }

    [Fact]
    public void A_revision_before_the_one_above_it_is_reported_at_that_revision()
    {
        const string yaml = "enacted: 2005-04-01\nrevised:\n  - date: 2022-04-01\n  - date: 2017-05-30\n";

        Assert.Equal(
            ["test.yaml:4:11: error PS0603: 2017-05-30 is not after the date before it (2022-04-01): list the enactment first, then each revision, oldest first"],
            RecordRuleHarness.Run<Revisions>(yaml, new RevisionHistoryRule()));
    }

    [Fact]
    public void A_revision_on_or_before_the_enactment_is_reported()
    {
        const string yaml = "enacted: 2005-04-01\nrevised:\n  - date: 2005-04-01\n";

        Assert.Equal(["test.yaml:3:11: error PS0603: 2005-04-01 is not after the date before it (2005-04-01): list the enactment first, then each revision, oldest first"],
            RecordRuleHarness.Run<Revisions>(yaml, new RevisionHistoryRule()));
    }

    [Fact]
    public void A_displayed_last_revised_date_that_is_not_the_latest_revision_is_reported()
    {
        const string yaml = "enacted: 2005-04-01\nrevised:\n  - date: 2017-05-30\n  - date: 2022-04-01\nlast_revised: 2017-05-30\n";

        Assert.Equal(["test.yaml:5:15: error PS0604: the displayed last-revised date 2017-05-30 is not the latest date of the revision history (2022-04-01)"],
            RecordRuleHarness.Run<Revisions>(yaml, new RevisionHistoryRule()));
    }
}
