using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// Where inquiries are kept: Azure Table Storage in production, files on disk locally. Both pass
/// the same contract tests. Every method either completes durably or throws
/// <see cref="InquiryStoreUnavailableException"/>; none reports success before the data is stored.
/// </summary>
public interface IInquiryStore : IOutbox
{
    /// <summary>A short name for health reports ("table" or "file").</summary>
    string Name { get; }

    /// <summary>
    /// Stores a new inquiry unless one with the same submission key is already stored, in which
    /// case that first one's reference is returned. The key, the inquiry and the <paramref name="messages"/>
    /// it causes (the outbox, see <see cref="IOutbox"/>) are stored together or not at all.
    /// </summary>
    Task<AddResult> AddAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    Task<InquiryRecord?> GetAsync(ReferenceNumber reference, CancellationToken cancellationToken);

    /// <summary>The inquiries matching the query, fetched page by page.</summary>
    IAsyncEnumerable<InquiryRecord> QueryAsync(InquiryQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a stored inquiry if its <see cref="InquiryRecord.ETag"/> is still current, adding the
    /// <paramref name="messages"/> the change causes in the same write; returns it with the new ETag.
    /// </summary>
    /// <exception cref="InquiryConcurrencyException">Someone changed or deleted it since it was read.</exception>
    Task<InquiryRecord> UpdateAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Removes an inquiry, its submission key and its outbox messages (retention), if its ETag is still current.</summary>
    /// <exception cref="InquiryConcurrencyException">Someone changed or deleted it since it was read.</exception>
    Task DeleteAsync(InquiryRecord record, CancellationToken cancellationToken);

    /// <summary>True when the store answers; never throws.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
