using PrivacySite.Forms.Emails;
using PrivacySite.Inquiries.Desk;

namespace PrivacySite.Inquiries.Tests.Desk;

/// <summary>
/// The e-mails the desk's changes store in the outbox, in the same write as the change (the CLI's
/// set-status and extend, and any later desk, go through <see cref="InquiryDesk"/>): identity verified,
/// awaiting documents (what is needed), extended (reason and new due date), answered, refused (reason);
/// none for in-progress or withdrawn, none without an address, none when the change is not stored.
/// </summary>
public abstract class DeskEmailContract
{
    protected abstract Task<IInquiryStore> CreateStoreAsync();

    private static CancellationToken None => CancellationToken.None;

    private static readonly FixedClock Now = new(new DateTimeOffset(2026, 11, 10, 3, 0, 0, TimeSpan.Zero));

    private async Task<(InquiryDesk Desk, IInquiryStore Store, InquiryRecord Record)> StoredAsync(InquiryRecord record)
    {
        var store = await CreateStoreAsync();
        await store.AddAsync(record, [], None);
        return (new InquiryDesk(store, Now), store, record);
    }

    [Theory]
    [InlineData(InquiryStatus.IdentityVerified, EmailCatalog.IdentityVerified, null)]
    [InlineData(InquiryStatus.AwaitingDocuments, EmailCatalog.AwaitingDocuments, "住民票の写しをお送りください")]
    [InlineData(InquiryStatus.Refused, EmailCatalog.Refused, "ご本人であることを確認できませんでした")]
    [InlineData(InquiryStatus.InProgress, null, null)]
    [InlineData(InquiryStatus.Withdrawn, null, null)]
    public async Task A_status_the_member_is_told_of_stores_its_email_with_the_change(InquiryStatus to, string? template, string? note)
    {
        var (desk, store, record) = await StoredAsync(DeskSamples.Record(steps: to == InquiryStatus.InProgress ? [InquiryStatus.IdentityVerified] : []));

        Assert.IsType<StatusChange.Changed>(await desk.ChangeStatusAsync(record.Reference, to, "見本 一郎", note ?? "確認済み", None));

        var messages = await store.ForAsync(record.Reference, None);
        if (template is null)
        {
            Assert.Empty(messages);
            return;
        }

        var message = Assert.Single(messages);
        Assert.Equal(template, message.Template);
        Assert.Equal(OutboxChannel.Email, message.Channel);
        Assert.Equal(note ?? "確認済み", message.Values[EmailCatalog.Reason]);
    }

    [Fact]
    public async Task An_extension_moves_the_due_date_and_stores_the_email_with_reason_and_date()
    {
        var (desk, store, record) = await StoredAsync(DeskSamples.Record(steps: [InquiryStatus.IdentityVerified]));
        var later = record.DueOn.AddDays(30);

        var changed = Assert.IsType<StatusChange.Changed>(await desk.ExtendAsync(record.Reference, later, "見本 一郎", "記録の取り寄せに時間がかかるため", None));

        Assert.Equal(later, changed.Inquiry.DueOn);
        Assert.Equal(InquiryStatus.IdentityVerified, changed.Inquiry.Status);
        Assert.Equal(later, changed.Entry.ExtendedTo);
        var message = Assert.Single(await store.ForAsync(record.Reference, None));
        Assert.Equal(EmailCatalog.Extended, message.Template);
        Assert.Equal("記録の取り寄せに時間がかかるため", message.Values[EmailCatalog.Reason]);
        Assert.Equal(later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), message.Values[EmailCatalog.NewDueOn]);
    }

    [Fact]
    public async Task An_extension_needs_a_reason_a_later_date_and_an_open_inquiry()
    {
        var (desk, store, record) = await StoredAsync(DeskSamples.Record());
        var closed = DeskSamples.Record(steps: [InquiryStatus.Withdrawn]);
        await store.AddAsync(closed, [], None);

        Assert.IsType<StatusChange.ReasonRequired>(await desk.ExtendAsync(record.Reference, record.DueOn.AddDays(5), "見本 一郎", " ", None));
        Assert.Equal(new StatusChange.NotLater(record.DueOn), await desk.ExtendAsync(record.Reference, record.DueOn, "見本 一郎", "理由", None));
        Assert.IsType<StatusChange.NotFound>(await desk.ExtendAsync(ReferenceNumber.New(InquiryKind.Request), record.DueOn.AddDays(5), "見本 一郎", "理由", None));
        Assert.Empty(await store.ForAsync(record.Reference, None));
        Assert.Equal(record.DueOn, (await store.GetAsync(record.Reference, None))!.DueOn);
        Assert.IsType<StatusChange.NotAllowed>(await desk.ExtendAsync(closed.Reference, closed.DueOn.AddDays(5), "見本 一郎", "理由", None));
    }

    [Fact]
    public async Task No_email_is_stored_for_a_member_who_gave_no_address_or_for_a_change_that_lost_a_race()
    {
        var values = DeskSamples.RequestValues();
        values.Remove("email");
        var (desk, store, record) = await StoredAsync(DeskSamples.Record() with { Values = values });
        Assert.IsType<StatusChange.Changed>(await desk.ChangeStatusAsync(record.Reference, InquiryStatus.IdentityVerified, "見本 一郎", null, None));
        Assert.Empty(await store.ForAsync(record.Reference, None));

        var (_, raced, other) = await StoredAsync(DeskSamples.Record());
        var mine = new InquiryDesk(new InterleavingStore(raced, async () =>
        {
            var read = (await raced.GetAsync(other.Reference, None))!;
            await raced.UpdateAsync(read with { Status = InquiryStatus.Withdrawn }, [], None);
        }), Now);
        Assert.IsType<StatusChange.Conflict>(await mine.ChangeStatusAsync(other.Reference, InquiryStatus.Refused, "見本 一郎", "理由", None));
        Assert.Empty(await raced.ForAsync(other.Reference, None));
    }
}

/// <summary>The desk's e-mails on the file store.</summary>
public sealed class FileDeskEmailTests : DeskEmailContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IInquiryStore> CreateStoreAsync() => Task.FromResult<IInquiryStore>(new PrivacySite.Inquiries.Storage.Files.FileInquiryStore(_folder.Combine("inquiries")));

    public void Dispose() => _folder.Dispose();
}

/// <summary>The desk's e-mails on Table Storage (Azurite).</summary>
public sealed class TableDeskEmailTests(AzuriteFixture azurite) : DeskEmailContract, IClassFixture<AzuriteFixture>
{
    private readonly string _table = "t" + Guid.NewGuid().ToString("N");

    protected override Task<IInquiryStore> CreateStoreAsync() => Task.FromResult(new InquiryStoreSettings(azurite.ConnectionString, "unused", _table).Open());
}
