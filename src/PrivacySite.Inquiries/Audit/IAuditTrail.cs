namespace PrivacySite.Inquiries.Audit;

/// <summary>
/// The append-only record of who looked at, exported or purged which inquiries, kept in the inquiry store
/// (the file store's folder, or the same table). Records are only ever added: no method changes or removes one,
/// and a purge of inquiries leaves the records of them.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds a record durably, or throws <see cref="Storage.InquiryStoreUnavailableException"/>.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Every record, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(CancellationToken cancellationToken);
}
