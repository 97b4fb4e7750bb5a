using System.Globalization;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>
/// The command line's clock counts the office's days off from content/calendar, as the browser desk does: resuming an inquiry
/// that waited for documents moves its due date by the business days waited, and a day off the office added is no business day.
/// </summary>
public sealed class PausedClockCliTests : IDisposable
{
    private static readonly DateOnly Today = JapanTime.Today(TimeProvider.System);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Resuming_after_documents_counts_a_day_off_from_the_calendar_as_no_business_day()
    {
        // The office closes on the last weekday before today (added to a copy of the sample society's calendar).
        var dayOff = Today.AddDays(-1);
        while (dayOff.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            dayOff = dayOff.AddDays(-1);
        }

        var content = _folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, content);
        var holidays = Path.Combine(content, "calendar", "holidays.yaml");
        var text = File.ReadAllText(holidays);
        var iso = dayOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!text.Contains($"- date: {iso}\n", StringComparison.Ordinal))
        {
            File.WriteAllText(holidays, TestFiles.ReplaceOnce(text, "holidays:\n", $"holidays:\n  - date: {iso}\n    name:\n      ja: 臨時休業\n      en: Office closed\n", "calendar/holidays.yaml"));
        }

        var daysOff = SampleContent.Content.Holidays.Holidays.Select(h => h.Date).Append(dayOff).ToHashSet();
        bool IsBusinessDay(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !daysOff.Contains(d);

        using var cli = new DeskCli(contentPath: content);
        var pausedOn = Today.AddDays(-9);
        var received = JapanTime.StartOf(pausedOn.AddDays(-5)).AddHours(10);
        var record = DeskSamples.Record(receivedAt: received, dueOn: Today.AddDays(20)) with
        {
            Status = InquiryStatus.AwaitingDocuments,
            History = [new HistoryEntry(received, InquiryStatus.Received), new HistoryEntry(JapanTime.StartOf(pausedOn).AddHours(12), InquiryStatus.AwaitingDocuments, "住民票の写し", "見本 一郎")],
        };
        await cli.SeedAsync(record);

        // Counted by hand: the business days after the day it was paused up to today, then as many business days after the old due date.
        var waited = Enumerable.Range(1, Today.DayNumber - pausedOn.DayNumber).Count(i => IsBusinessDay(pausedOn.AddDays(i)));
        var expected = record.DueOn;
        for (var counted = 0; counted < waited;)
        {
            expected = expected.AddDays(1);
            counted += IsBusinessDay(expected) ? 1 : 0;
        }

        var (listExit, listed, listError) = await cli.RunAsync("list");
        Assert.True(listExit == 0, listError);
        Assert.Contains(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), listed, StringComparison.Ordinal);

        var (exit, _, stderr) = await cli.RunAsync("set-status", record.Reference.Value, "in-progress", "--note", "書類が届きました");
        Assert.True(exit == 0, stderr);

        var stored = (await cli.Store.GetAsync(record.Reference, CancellationToken.None))!;
        Assert.Equal(InquiryStatus.InProgress, stored.Status);
        Assert.Equal(expected, stored.DueOn);
    }
}
