using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Storage.Files;

namespace PrivacySite.Inquiries.Tests.Documents;

/// <summary>Documents are deleted a number of days after identity is verified or the inquiry closes; sets no inquiry names are orphans for the purge.</summary>
public sealed class DocumentRetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 3, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly FileInquiryStore _store;
    private readonly FolderDocumentStore _documents;
    private readonly DocumentRetention _retention;

    public DocumentRetentionTests()
    {
        _store = new FileInquiryStore(_folder.Combine("inquiries"));
        _documents = new FolderDocumentStore(_folder.Combine("documents"));
        _retention = new DocumentRetention(_store, _documents, new FixedClock(Now));
    }

    [Fact]
    public async Task Documents_go_the_given_days_after_identity_was_verified_and_the_inquiry_stays()
    {
        var verified31 = await WithDocumentsAsync(InquiryStatus.IdentityVerified, Now.AddDays(-31));
        var verified29 = await WithDocumentsAsync(InquiryStatus.IdentityVerified, Now.AddDays(-29));
        var answered40 = await WithDocumentsAsync(InquiryStatus.Answered, Now.AddDays(-40));
        var open = await WithDocumentsAsync(null, null);

        var due = await _retention.DueAsync(30, CancellationToken.None);

        Assert.Equal(new[] { verified31.Reference.Value, answered40.Reference.Value }.Order(), due.Select(r => r.Reference.Value).Order());
        var done = await _retention.DeleteAsync(due, CancellationToken.None);
        Assert.Equal(2, done.Count);
        var kept = (await _store.GetAsync(verified31.Reference, CancellationToken.None))!;
        Assert.Null(kept.DocumentSet);
        Assert.Equal(InquiryStatus.IdentityVerified, kept.Status);
        Assert.Empty(await _documents.ListAsync(SetOf(verified31), CancellationToken.None));
        Assert.Single(await _documents.ListAsync(SetOf(verified29), CancellationToken.None));
        Assert.Single(await _documents.ListAsync(SetOf(open), CancellationToken.None));
        Assert.Empty(await _retention.DueAsync(30, CancellationToken.None));
    }

    [Fact]
    public async Task A_set_no_inquiry_names_is_an_orphan_once_past_the_grace_period()
    {
        var named = await WithDocumentsAsync(null, null);
        var orphan = DocumentSetId.New();
        await _documents.PutAsync(orphan, DocumentName.For(1, DocumentType.Pdf), new MemoryStream([1, 2, 3]), CancellationToken.None);
        var later = new DocumentRetention(_store, _documents, new FixedClock(DateTimeOffset.UtcNow.AddHours(2)));

        Assert.Empty(await new DocumentRetention(_store, _documents, TimeProvider.System).OrphansAsync(DocumentRetention.OrphanGrace, CancellationToken.None));
        var orphans = await later.OrphansAsync(DocumentRetention.OrphanGrace, CancellationToken.None);

        Assert.Equal([orphan], orphans);
        await later.DeleteOrphansAsync(orphans, CancellationToken.None);
        Assert.Empty(await _documents.ListAsync(orphan, CancellationToken.None));
        Assert.Single(await _documents.ListAsync(SetOf(named), CancellationToken.None));
    }

    private async Task<InquiryRecord> WithDocumentsAsync(InquiryStatus? to, DateTimeOffset? at)
    {
        var set = DocumentSetId.New();
        await _documents.PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream([1, 2, 3]), CancellationToken.None);
        var record = Samples.Record(InquiryKind.Request, receivedAt: Now.AddDays(-60)) with { DocumentSet = set.Value };
        if (to is { } status)
        {
            record = record with { Status = status, History = [.. record.History, new HistoryEntry(at!.Value, status)] };
        }

        await _store.AddAsync(record, [], CancellationToken.None);
        return (await _store.GetAsync(record.Reference, CancellationToken.None))!;
    }

    private static DocumentSetId SetOf(InquiryRecord record) => DocumentSetId.TryParse(record.DocumentSet, out var set) ? set.Value : throw new InvalidOperationException("no set");

    public void Dispose() => _folder.Dispose();
}
