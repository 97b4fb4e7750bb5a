using PrivacySite.Inquiries.Tests.Workflow;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Reports;

namespace PrivacySite.Inquiries.Tests.Desk;

/// <summary>
/// The privacy office's work on real storage (Azurite and the file store): every step of the
/// workflow, the history it leaves, two people changing one inquiry at once, and retention.
/// </summary>
public abstract class InquiryDeskContract
{
    /// <summary>"Now" for the desk: Saturday 21 November 2026, noon in Tokyo.</summary>
    protected static readonly FixedClock Now = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.FromHours(9)));

    private static CancellationToken None => CancellationToken.None;

    /// <summary>A handle on this test's store (empty when the test starts); each call opens a new one on the same storage.</summary>
    protected abstract Task<IInquiryStore> CreateStoreAsync();

    /// <summary>The statuses an inquiry passes through to reach <paramref name="status"/>.</summary>
    private static InquiryStatus[] PathTo(InquiryStatus status) => status switch
    {
        InquiryStatus.Received => [],
        InquiryStatus.IdentityVerified => [InquiryStatus.IdentityVerified],
        InquiryStatus.InProgress => [InquiryStatus.IdentityVerified, InquiryStatus.InProgress],
        InquiryStatus.Answered => [InquiryStatus.IdentityVerified, InquiryStatus.InProgress, InquiryStatus.Answered],
        _ => [InquiryStatus.IdentityVerified, status],
    };

    private async Task<(InquiryDesk Desk, InquiryRecord Stored)> StoredAsync(InquiryRecord record)
    {
        var store = await CreateStoreAsync();
        await store.AddAsync(record, [], None);
        return (new InquiryDesk(store, Now), (await store.GetAsync(record.Reference, None))!);
    }

    [Fact]
    public async Task The_monthly_report_counts_the_inquiries_as_the_store_gives_them_back()
    {
        var store = await CreateStoreAsync();
        foreach (var record in ReportSamples.All())
        {
            await store.AddAsync(record, [], None);
        }

        var desk = new InquiryDesk(await CreateStoreAsync(), ReportSamples.Now, new BusinessCalendar(SampleContent.Content.Holidays));
        var report = new InquiryReporter(desk.Clock).Report(await desk.ListAsync(new InquiryQuery(), None), desk.Today, 12);

        var november = report.Months[^1];
        Assert.Equal(new ReportMonth(2026, 11), november.Month);
        Assert.Equal((4, 2), (november.Received[InquiryKind.Request], november.Received[InquiryKind.Complaint]));
        Assert.Equal((4, 3, 7.5, 1), (november.Answered, november.AnsweredOnTime, november.MedianBusinessDays, november.OverdueNow));
        Assert.Equal(2, report.OverdueNow);
    }

    [Fact]
    public async Task Awaiting_documents_stops_the_clock_and_resuming_moves_the_due_date_by_the_business_days_waited()
    {
        // Received Monday 2 November; paused (documents asked for) Monday 16 November, JST; now is Saturday 21 November.
        var received = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(9));
        var record = DeskSamples.Record(receivedAt: received, dueOn: new DateOnly(2026, 11, 20)) with
        {
            Status = InquiryStatus.AwaitingDocuments,
            History = [new HistoryEntry(received, InquiryStatus.Received), new HistoryEntry(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(9)), InquiryStatus.AwaitingDocuments, "住民票の写し", "見本 一郎")],
        };
        var (desk, stored) = await StoredAsync(record);

        // Tuesday 17 to Friday 20 November: four business days waited, the Saturday not counted.
        Assert.Equal(4, desk.PausedBusinessDays(stored));
        Assert.False(desk.IsOverdue(stored));
        Assert.Equal(new DateOnly(2026, 11, 26), desk.EffectiveDueOn(stored));

        Assert.IsType<StatusChange.Changed>(await desk.ChangeStatusAsync(stored.Reference, InquiryStatus.InProgress, "見本 一郎", "書類が届きました", None));
        var resumed = (await desk.FindAsync(stored.Reference, None))!;

        Assert.Equal(new DateOnly(2026, 11, 26), resumed.DueOn);
        Assert.Equal(0, desk.PausedBusinessDays(resumed));
        Assert.Equal(new DateOnly(2026, 11, 26), desk.EffectiveDueOn(resumed));
    }

    [Fact]
    public async Task An_assignment_is_recorded_in_the_history_and_a_closed_inquiry_cannot_be_assigned()
    {
        var (desk, open) = await StoredAsync(DeskSamples.Record());
        var (_, closed) = await StoredAsync(DeskSamples.Record(steps: [InquiryStatus.Withdrawn]));

        Assert.IsType<StatusChange.Changed>(await desk.AssignAsync(open.Reference, " 佐藤 ", "見本 一郎", None));
        Assert.Equal("佐藤", (await desk.FindAsync(open.Reference, None))!.Assignee);
        Assert.IsType<StatusChange.Changed>(await desk.AssignAsync(open.Reference, "", "見本 一郎", None));
        var unassigned = (await desk.FindAsync(open.Reference, None))!;
        Assert.Null(unassigned.Assignee);
        Assert.Equal(InquiryStatus.Received, unassigned.Status);
        Assert.Null(unassigned.ClosedAt);
        Assert.IsType<StatusChange.NotAllowed>(await desk.AssignAsync(closed.Reference, "佐藤", "見本 一郎", None));
    }

    [Theory]
    [MemberData(nameof(StatusWorkflowTests.AllPairs), MemberType = typeof(StatusWorkflowTests))]
    public async Task Each_step_is_stored_with_time_actor_and_note_or_refused_leaving_the_inquiry_as_it_was(string from, string to, bool allowed)
    {
        InquiryStatuses.TryParse(from, out var fromStatus);
        InquiryStatuses.TryParse(to, out var toStatus);
        var (desk, before) = await StoredAsync(DeskSamples.Record(steps: PathTo(fromStatus)));

        var outcome = await desk.ChangeStatusAsync(before.Reference, toStatus, "見本 一郎", "電話で確認しました", None);
        var after = (await desk.FindAsync(before.Reference, None))!;

        if (allowed)
        {
            var changed = Assert.IsType<StatusChange.Changed>(outcome);
            Assert.Equal(fromStatus, changed.From);
            Assert.Equal(toStatus, after.Status);
            Assert.Equal(before.History, after.History.Take(before.History.Count));
            var entry = Assert.Single(after.History.Skip(before.History.Count));
            Assert.Equal(new HistoryEntry(Now.GetUtcNow(), toStatus, "電話で確認しました", "見本 一郎"), entry);
            Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        }
        else
        {
            var refused = Assert.IsType<StatusChange.NotAllowed>(outcome);
            Assert.Equal(StatusWorkflowTests.Allowed[from], refused.Allowed.Select(s => s.Name()));
            Assert.Equal(before.ETag, after.ETag);
            Assert.Equal(before.History, after.History);
        }
    }

    [Fact]
    public async Task Refusing_needs_a_reason_and_keeps_it_in_the_history()
    {
        var (desk, record) = await StoredAsync(DeskSamples.Record());

        Assert.IsType<StatusChange.ReasonRequired>(await desk.ChangeStatusAsync(record.Reference, InquiryStatus.Refused, "見本 一郎", "  ", None));
        Assert.Equal(InquiryStatus.Received, (await desk.FindAsync(record.Reference, None))!.Status);

        Assert.IsType<StatusChange.Changed>(await desk.ChangeStatusAsync(record.Reference, InquiryStatus.Refused, "見本 一郎", "本人確認書類が届きませんでした", None));
        var refused = (await desk.FindAsync(record.Reference, None))!;
        Assert.Equal("本人確認書類が届きませんでした", refused.History[^1].Note);
        Assert.Equal(Now.GetUtcNow(), refused.ClosedAt);
    }

    [Fact]
    public async Task An_unknown_reference_is_not_found()
    {
        var desk = new InquiryDesk(await CreateStoreAsync(), Now);
        Assert.IsType<StatusChange.NotFound>(await desk.ChangeStatusAsync(ReferenceNumber.New(InquiryKind.Complaint), InquiryStatus.Withdrawn, "x", null, None));
    }

    [Fact]
    public async Task When_two_people_change_one_inquiry_at_once_the_second_is_told_and_the_first_change_is_kept()
    {
        var (other, record) = await StoredAsync(DeskSamples.Record(steps: [InquiryStatus.IdentityVerified]));

        // Between reading the inquiry and writing it, someone else records that it was withdrawn.
        var mine = new InquiryDesk(new InterleavingStore(await CreateStoreAsync(), async () =>
            Assert.IsType<StatusChange.Changed>(await other.ChangeStatusAsync(record.Reference, InquiryStatus.Withdrawn, "見本 二郎", "取り下げの電話", None))), Now);
        var outcome = await mine.ChangeStatusAsync(record.Reference, InquiryStatus.InProgress, "見本 一郎", "調査開始", None);

        var conflict = Assert.IsType<StatusChange.Conflict>(outcome);
        Assert.Equal(InquiryStatus.Withdrawn, conflict.Now);
        var stored = (await other.FindAsync(record.Reference, None))!;
        Assert.Equal(InquiryStatus.Withdrawn, stored.Status);
        Assert.Equal(["received", "identity-verified", "withdrawn"], stored.History.Select(h => h.Status.Name()));
        Assert.Equal("見本 二郎", stored.History[^1].Actor);
    }

    [Fact]
    public async Task Overdue_means_open_and_past_the_due_date_in_Japan()
    {
        var store = await CreateStoreAsync();
        var desk = new InquiryDesk(store, Now);
        var yesterday = DeskSamples.Record(dueOn: new DateOnly(2026, 11, 20));
        var today = DeskSamples.Record(dueOn: new DateOnly(2026, 11, 21));
        var answeredLate = DeskSamples.Record(dueOn: new DateOnly(2026, 11, 1), steps: PathTo(InquiryStatus.Answered));
        foreach (var record in new[] { yesterday, today, answeredLate })
        {
            await store.AddAsync(record, [], None);
        }

        var listed = await desk.ListAsync(new InquiryQuery(), None);

        Assert.Equal([answeredLate.Reference, yesterday.Reference, today.Reference], listed.Select(r => r.Reference));
        Assert.Equal([false, true, false], listed.Select(desk.IsOverdue));
        Assert.Equal(-1, desk.DaysLeft(listed[1]));
        Assert.Equal(0, desk.DaysLeft(listed[2]));
    }

    [Fact]
    public async Task Retention_counts_from_the_closing_and_never_touches_open_inquiries()
    {
        var store = await CreateStoreAsync();
        var desk = new InquiryDesk(store, Now);
        var longAgo = new DateTimeOffset(2021, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var closedLongAgo = DeskSamples.Record(InquiryKind.Complaint, longAgo, steps: PathTo(InquiryStatus.Answered));
        var withdrawnLongAgo = DeskSamples.Record(InquiryKind.Request, longAgo, steps: PathTo(InquiryStatus.Withdrawn));
        var openLongAgo = DeskSamples.Record(InquiryKind.Complaint, longAgo, steps: PathTo(InquiryStatus.InProgress));
        var stillOpenIn2024 = DeskSamples.Record(InquiryKind.Complaint, longAgo, steps: PathTo(InquiryStatus.InProgress));
        var receivedLongAgoClosedRecently = stillOpenIn2024 with
        {
            Status = InquiryStatus.Answered,
            History = [.. stillOpenIn2024.History, new HistoryEntry(new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero), InquiryStatus.Answered, null, "見本 一郎")],
        };
        foreach (var record in new[] { closedLongAgo, withdrawnLongAgo, openLongAgo, receivedLongAgoClosedRecently })
        {
            await store.AddAsync(record, [], None);
        }

        var expired = await desk.PastRetentionAsync(new RetentionPeriod(3, 'y'), None);
        Assert.Equal(new[] { closedLongAgo.Reference.Value, withdrawnLongAgo.Reference.Value }.Order(), expired.Select(e => e.Reference.Value).Order());

        // Counted to the day in Japan: closed on 10 January 2024, it is kept through 10 January 2027 and may go on the 11th.
        async Task<bool> ExpiredAt(DateTimeOffset now) =>
            (await new InquiryDesk(store, new FixedClock(now)).PastRetentionAsync(new RetentionPeriod(3, 'y'), None)).Any(e => e.Reference == receivedLongAgoClosedRecently.Reference);
        Assert.False(await ExpiredAt(new DateTimeOffset(2027, 1, 10, 23, 59, 0, TimeSpan.FromHours(9))));
        Assert.True(await ExpiredAt(new DateTimeOffset(2027, 1, 11, 0, 0, 0, TimeSpan.FromHours(9))));

        var deleted = await desk.DeleteAsync(expired, None);
        Assert.Equal(2, deleted.Count);
        var left = await desk.ListAsync(new InquiryQuery(), None);
        Assert.Equal(new[] { openLongAgo.Reference.Value, receivedLongAgoClosedRecently.Reference.Value }.Order(), left.Select(e => e.Reference.Value).Order());
    }

    [Fact]
    public async Task An_inquiry_changed_after_it_was_listed_for_deletion_is_left_alone()
    {
        var store = await CreateStoreAsync();
        var record = DeskSamples.Record(InquiryKind.Complaint, new DateTimeOffset(2021, 4, 1, 0, 0, 0, TimeSpan.Zero), steps: PathTo(InquiryStatus.Answered));
        await store.AddAsync(record, [], None);
        var desk = new InquiryDesk(store, Now);
        var listed = await desk.PastRetentionAsync(new RetentionPeriod(3, 'y'), None);

        var read = (await store.GetAsync(record.Reference, None))!;
        await store.UpdateAsync(read with { History = [.. read.History] }, [], None);

        Assert.Empty(await desk.DeleteAsync(listed, None));
        Assert.NotNull(await store.GetAsync(record.Reference, None));
    }
}
