using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Documents;

/// <summary>
/// How long identity documents are kept: only until they have served. An inquiry's documents go a number of days
/// (the desk's setting) after its identity was verified or it closed, whichever comes first; the inquiry stays, naming
/// no set any more. Sets no inquiry names (left by a submission that failed while storage was down) are orphans, deleted
/// once they are older than a grace period that covers an upload still under way.
/// </summary>
public sealed class DocumentRetention(IInquiryStore store, IDocumentStore documents, TimeProvider clock)
{
    /// <summary>Longer than any upload takes: a younger set may belong to a submission still being received.</summary>
    public static readonly TimeSpan OrphanGrace = TimeSpan.FromHours(1);

    /// <summary>Inquiries whose documents are due for deletion: identity verified or closed more than <paramref name="days"/> days ago.</summary>
    public async Task<IReadOnlyList<InquiryRecord>> DueAsync(int days, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-days);
        var due = new List<InquiryRecord>();
        await foreach (var record in store.QueryAsync(new InquiryQuery(), cancellationToken))
        {
            if (record.DocumentSet is not null && ServedAt(record) is { } served && served <= cutoff)
            {
                due.Add(record);
            }
        }

        return due;
    }

    /// <summary>When the documents had served: the identity's verification or the closing, whichever came first; null while neither happened.</summary>
    public static DateTimeOffset? ServedAt(InquiryRecord record) =>
        record.History.Where(h => h.IsStatusChange && (h.Status == InquiryStatus.IdentityVerified || h.Status.IsClosed())).Select(h => (DateTimeOffset?)h.At).Min();

    /// <summary>Deletes each inquiry's documents and then stores it naming none; one changed meanwhile is left for the next run. Returns those done.</summary>
    public async Task<IReadOnlyList<InquiryRecord>> DeleteAsync(IEnumerable<InquiryRecord> records, CancellationToken cancellationToken)
    {
        var done = new List<InquiryRecord>();
        foreach (var record in records)
        {
            if (!DocumentSetId.TryParse(record.DocumentSet, out var set))
            {
                continue;
            }

            await documents.DeleteAsync(set.Value, cancellationToken);
            try
            {
                done.Add(await store.UpdateAsync(record with { DocumentSet = null }, [], cancellationToken));
            }
            catch (InquiryConcurrencyException)
            {
                // Changed since it was listed: its files are gone already; the next run stores that.
            }
        }

        return done;
    }

    /// <summary>Sets that no inquiry names, older than <paramref name="grace"/>.</summary>
    public async Task<IReadOnlyList<DocumentSetId>> OrphansAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in store.QueryAsync(new InquiryQuery(), cancellationToken))
        {
            if (record.DocumentSet is { } set)
            {
                named.Add(set);
            }
        }

        var cutoff = clock.GetUtcNow() - grace;
        var orphans = new List<DocumentSetId>();
        await foreach (var set in documents.SetsAsync(cancellationToken))
        {
            if (!named.Contains(set.Id.Value) && set.WrittenAt <= cutoff)
            {
                orphans.Add(set.Id);
            }
        }

        return orphans;
    }

    public async Task DeleteOrphansAsync(IEnumerable<DocumentSetId> orphans, CancellationToken cancellationToken)
    {
        foreach (var set in orphans)
        {
            await documents.DeleteAsync(set, cancellationToken);
        }
    }
}
