using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Audit;

/// <summary>
/// What both stores' audit trails promise: records come back newest first with who, what and which references;
/// two records of the same moment both stay; records live beside the inquiries and outlast their deletion.
/// </summary>
public abstract class AuditTrailContract
{
    protected abstract InquiryStoreSettings Settings { get; }

    [Fact]
    public async Task Records_come_back_newest_first_with_who_what_and_which_inquiries()
    {
        var trail = Settings.OpenAuditTrail();
        var at = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        var first = Samples.Record();
        var second = Samples.Record();

        await trail.AppendAsync(AuditRecord.Of(at, "見本 一郎", AuditAction.ViewedDetails, [first.Reference]), CancellationToken.None);
        await trail.AppendAsync(AuditRecord.Of(at.AddMinutes(5), "Admin", AuditAction.Exported, [first.Reference, second.Reference]), CancellationToken.None);
        await trail.AppendAsync(AuditRecord.Of(at.AddMinutes(5), "Admin", AuditAction.Purged, []), CancellationToken.None);

        var records = await trail.ReadAsync(CancellationToken.None);

        Assert.Equal(3, records.Count);
        Assert.Equal(AuditAction.ViewedDetails, records[^1].Action);
        Assert.Equal("見本 一郎", records[^1].Actor);
        Assert.Equal(at, records[^1].At);
        Assert.Equal([first.Reference.Value], records[^1].References);
        Assert.Contains(records, r => r.Action == AuditAction.Exported && r.References.SequenceEqual([first.Reference.Value, second.Reference.Value]));
        Assert.Contains(records, r => r.Action == AuditAction.Purged && r.References.Count == 0);
    }

    [Fact]
    public async Task Records_stay_when_the_inquiries_they_name_are_deleted_and_never_show_up_as_inquiries()
    {
        var store = Settings.Open();
        var trail = Settings.OpenAuditTrail();
        var record = Samples.Record();
        await store.AddAsync(record, [], CancellationToken.None);
        await trail.AppendAsync(AuditRecord.Of(DateTimeOffset.UtcNow, "Admin", AuditAction.Purged, [record.Reference]), CancellationToken.None);

        await store.DeleteAsync((await store.GetAsync(record.Reference, CancellationToken.None))!, CancellationToken.None);

        Assert.Single(await trail.ReadAsync(CancellationToken.None));
        Assert.Empty(await store.QueryAsync(new InquiryQuery(), CancellationToken.None).ToListAsync());
    }
}
