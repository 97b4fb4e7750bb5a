using PrivacySite.Forms.Emails;

namespace PrivacySite.Inquiries.Tests.Outbox;

/// <summary>
/// What every store's outbox must do, on real storage: messages are stored with the change that causes
/// them or not at all, one dispatcher of two wins a claim, settling records the attempt in the history,
/// and deleting an inquiry takes its messages with it.
/// </summary>
public abstract class OutboxContract
{
    /// <summary>An empty store; each call opens another handle on the same storage, as another process would.</summary>
    protected abstract Task<IInquiryStore> CreateStoreAsync();

    private static CancellationToken None => CancellationToken.None;

    private static readonly DateTimeOffset Now = new(2025, 4, 1, 3, 0, 0, TimeSpan.Zero);

    private static OutboxMessage Message(InquiryRecord record, OutboxChannel channel = OutboxChannel.Email, string template = EmailCatalog.ReceivedComplaint) =>
        OutboxMessage.New(record.Reference, channel, template, Now);

    private static async Task<List<OutboxMessage>> DueAsync(IInquiryStore store, DateTimeOffset? at = null) =>
        await store.DueAsync(at ?? Now, None).ToListAsync();

    [Fact]
    public async Task Messages_added_with_an_inquiry_are_due_and_read_back_unchanged()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        var webhook = Message(record, OutboxChannel.Webhook, MessageTemplates.NewInquiry);
        var email = OutboxMessage.New(record.Reference, OutboxChannel.Email, EmailCatalog.Refused, Now, new Dictionary<string, string> { ["reason"] = "理由 <b>" });

        await store.AddAsync(record, [webhook, email], None);

        var due = await DueAsync(await CreateStoreAsync());
        Assert.Equal(new[] { webhook.Id, email.Id }.Order(StringComparer.Ordinal), due.Select(m => m.Id).Order(StringComparer.Ordinal));
        var read = Assert.Single(due, m => m.Id == email.Id);
        Assert.Equal(record.Reference, read.Reference);
        Assert.Equal(OutboxChannel.Email, read.Channel);
        Assert.Equal(EmailCatalog.Refused, read.Template);
        Assert.Equal("理由 <b>", read.Values["reason"]);
        Assert.Equal(OutboxState.Pending, read.State);
        Assert.Equal(0, read.Attempts);
        Assert.NotNull(read.ETag);
        Assert.Equal(2, (await store.ForAsync(record.Reference, None)).Count);
    }

    [Fact]
    public async Task A_repeated_submission_stores_no_second_set_of_messages()
    {
        var store = await CreateStoreAsync();
        var first = Samples.Record(key: "same");
        await store.AddAsync(first, [Message(first)], None);

        var repeat = Samples.Record(key: "same");
        var result = await store.AddAsync(repeat, [Message(repeat)], None);

        Assert.Equal(AddStatus.Duplicate, result.Status);
        Assert.Single(await DueAsync(store));
    }

    [Fact]
    public async Task An_update_stores_its_messages_with_it_and_a_refused_update_stores_none()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [], None);
        var read = (await store.GetAsync(record.Reference, None))!;

        await store.UpdateAsync(read with { Status = InquiryStatus.IdentityVerified }, [Message(read, template: EmailCatalog.IdentityVerified)], None);
        await Assert.ThrowsAsync<InquiryConcurrencyException>(() =>
            store.UpdateAsync(read with { Status = InquiryStatus.Refused }, [Message(read, template: EmailCatalog.Refused)], None));

        var due = Assert.Single(await DueAsync(store));
        Assert.Equal(EmailCatalog.IdentityVerified, due.Template);
        Assert.Equal(InquiryStatus.IdentityVerified, (await store.GetAsync(record.Reference, None))!.Status);
    }

    [Fact]
    public async Task Of_two_dispatchers_claiming_one_message_one_wins()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [Message(record)], None);
        var seenByA = Assert.Single(await DueAsync(store));
        var seenByB = Assert.Single(await DueAsync(await CreateStoreAsync()));

        var claims = await Task.WhenAll(
            store.TryClaimAsync(seenByA, Now.AddMinutes(2), None),
            (await CreateStoreAsync()).TryClaimAsync(seenByB, Now.AddMinutes(2), None));

        var won = Assert.Single(claims, c => c is not null)!;
        Assert.Equal(1, won.Attempts);
        Assert.Empty(await DueAsync(store));                               // leased
        Assert.Single(await DueAsync(store, Now.AddMinutes(3)));           // lease over: another may take it
    }

    [Fact]
    public async Task Settling_records_the_attempt_in_the_history_and_the_message_is_no_longer_due()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [Message(record)], None);
        var claimed = (await store.TryClaimAsync(Assert.Single(await DueAsync(store)), Now.AddMinutes(2), None))!;
        var entry = new HistoryEntry(Now, InquiryStatus.Received, Send: new SendRecord(claimed.Id, claimed.Channel, claimed.Template, 1, SendOutcome.Sent, "250"));

        Assert.True(await store.SettleAsync(claimed with { State = OutboxState.Sent, LastResult = "250" }, entry, None));

        Assert.Empty(await DueAsync(store, Now.AddDays(1)));
        var read = (await store.GetAsync(record.Reference, None))!;
        Assert.Equal(entry, read.History[^1]);
        Assert.Null(read.ClosedAt);
        Assert.Equal(OutboxState.Sent, Assert.Single(await store.ForAsync(record.Reference, None)).State);
    }

    [Fact]
    public async Task A_dispatcher_whose_claim_was_taken_over_cannot_settle()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [Message(record)], None);
        var first = (await store.TryClaimAsync(Assert.Single(await DueAsync(store)), Now.AddMinutes(2), None))!;
        var second = (await store.TryClaimAsync(Assert.Single(await DueAsync(store, Now.AddMinutes(3))), Now.AddMinutes(5), None))!;

        Assert.False(await store.SettleAsync(first with { State = OutboxState.Sent }, null, None));
        Assert.True(await store.SettleAsync(second with { State = OutboxState.Sent }, null, None));
        Assert.Equal(2, Assert.Single(await store.ForAsync(record.Reference, None)).Attempts);
    }

    [Fact]
    public async Task Settling_after_the_desk_changed_the_inquiry_keeps_the_desks_change()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [Message(record)], None);
        var claimed = (await store.TryClaimAsync(Assert.Single(await DueAsync(store)), Now.AddMinutes(2), None))!;
        var read = (await store.GetAsync(record.Reference, None))!;
        await (await CreateStoreAsync()).UpdateAsync(read with { Status = InquiryStatus.IdentityVerified, History = [.. read.History, new HistoryEntry(Now, InquiryStatus.IdentityVerified)] }, [], None);
        var entry = new HistoryEntry(Now, InquiryStatus.Received, Send: new SendRecord(claimed.Id, claimed.Channel, claimed.Template, 1, SendOutcome.Failed, "451"));

        Assert.True(await store.SettleAsync(claimed with { LastResult = "451", NextAttemptAt = Now.AddSeconds(2) }, entry, None));

        var now = (await store.GetAsync(record.Reference, None))!;
        Assert.Equal(InquiryStatus.IdentityVerified, now.Status);
        Assert.Equal(3, now.History.Count);
        Assert.Single(await DueAsync(store, Now.AddSeconds(3)));
    }

    [Fact]
    public async Task Deleting_an_inquiry_deletes_its_messages()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record(status: InquiryStatus.Answered);
        await store.AddAsync(record, [Message(record)], None);

        await store.DeleteAsync((await store.GetAsync(record.Reference, None))!, None);

        Assert.Empty(await DueAsync(store));
        Assert.Empty(await store.ForAsync(record.Reference, None));
    }
}
