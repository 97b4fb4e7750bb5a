using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Reports;

namespace PrivacySite.Inquiries.Tests.Reports;

/// <summary>The desk's monthly report, counted from hand-built inquiries whose figures are worked out in <see cref="ReportSamples"/>.</summary>
public sealed class InquiryReporterTests
{
    private static readonly InquiryClock Clock = new(new BusinessCalendar(SampleContent.Content.Holidays));
    private static readonly InquiryReporter Reporter = new(Clock);

    private static MonthFigures Month(InquiryReport report, int year, int month) => report.Months.Single(m => m.Month == new ReportMonth(year, month));

    [Fact]
    public void A_month_counts_what_was_received_answered_on_time_the_median_days_and_what_is_overdue_now()
    {
        var report = Reporter.Report(ReportSamples.All(), ReportSamples.Today, 12);

        var november = Month(report, 2026, 11);
        Assert.Equal(4, november.Received[InquiryKind.Request]);
        Assert.Equal(2, november.Received[InquiryKind.Complaint]);
        Assert.Equal(6, november.ReceivedTotal);
        Assert.Equal(4, november.Answered);
        Assert.Equal(3, november.AnsweredOnTime);
        Assert.Equal(7.5, november.MedianBusinessDays);   // 5, 7, 8 and 12 days: between 7 and 8
        Assert.Equal(1, november.OverdueNow);

        var october = Month(report, 2026, 10);
        Assert.Equal(1, october.Received[InquiryKind.Request]);
        Assert.Equal(0, october.Answered);
        Assert.Null(october.MedianBusinessDays);
        Assert.Equal(0, october.OverdueNow);

        // The one received before the twelve months is overdue now too.
        Assert.Equal(2, report.OverdueNow);
    }

    [Fact]
    public void The_report_covers_the_months_asked_for_up_to_this_one_oldest_first()
    {
        var report = Reporter.Report(ReportSamples.All(), ReportSamples.Today, 12);

        Assert.Equal(12, report.Months.Count);
        Assert.Equal(new ReportMonth(2025, 12), report.Months[0].Month);
        Assert.Equal(new ReportMonth(2026, 11), report.Months[^1].Month);
        Assert.All(report.Months.SkipLast(2), m => Assert.Equal(0, m.ReceivedTotal));
    }

    [Fact]
    public void Business_days_to_answer_leave_out_days_off_and_the_days_the_clock_stood_still()
    {
        var samples = ReportSamples.All();
        Assert.Equal([8, 7, 12, 5], samples.Take(4).Select(r => Clock.BusinessDaysToAnswer(r)!.Value));
        Assert.Null(Clock.BusinessDaysToAnswer(samples[4]));   // in progress
        Assert.Null(Clock.BusinessDaysToAnswer(samples[6]));   // refused

        // Received on Saturday 21 November: counted from Tuesday 24th (Monday 23rd is a day off), so answered then is no day at all.
        var saturday = ReportSamples.Made(InquiryKind.Request, "2026-11-21", "2026-12-04", ("2026-11-24", InquiryStatus.Answered));
        Assert.Equal(0, Clock.BusinessDaysToAnswer(saturday));
    }

    [Fact]
    public void An_answer_on_its_due_date_is_on_time_and_one_the_day_after_is_not()
    {
        var onTheDay = ReportSamples.Made(InquiryKind.Request, "2026-11-02", "2026-11-10", ("2026-11-10", InquiryStatus.Answered));
        var dayAfter = ReportSamples.Made(InquiryKind.Request, "2026-11-02", "2026-11-10", ("2026-11-11", InquiryStatus.Answered));

        var november = Month(Reporter.Report([onTheDay, dayAfter], ReportSamples.Today, 1), 2026, 11);

        Assert.Equal(2, november.Answered);
        Assert.Equal(1, november.AnsweredOnTime);
    }

    [Fact]
    public void Months_are_counted_in_Japan()
    {
        // 15:30 UTC on 31 October is 00:30 on 1 November in Tokyo.
        var record = DeskSamples.Record(receivedAt: new DateTimeOffset(2026, 10, 31, 15, 30, 0, TimeSpan.Zero));

        var report = Reporter.Report([record], ReportSamples.Today, 2);

        Assert.Equal(0, Month(report, 2026, 10).ReceivedTotal);
        Assert.Equal(1, Month(report, 2026, 11).ReceivedTotal);
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 4 }, 4.0)]
    [InlineData(new[] { 9, 1, 5 }, 5.0)]
    [InlineData(new[] { 1, 2, 3, 10 }, 2.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(int[] values, double? median) =>
        Assert.Equal(median, InquiryReporter.Median(values));
}
