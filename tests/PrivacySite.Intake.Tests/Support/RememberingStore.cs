using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>
/// The app's real store, telling the log check of every inquiry written to it: what the member wrote and every note of its
/// history, whether the intake stored it, a test seeded it for the desk, or the desk changed it. Reading, deleting and the outbox pass straight through.
/// </summary>
public sealed class RememberingStore(IInquiryStore inner, Action<IEnumerable<string>> remember) : IInquiryStore
{
    public string Name => inner.Name;

    public Task<AddResult> AddAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        Remember(record);
        return inner.AddAsync(record, messages, cancellationToken);
    }

    public Task<InquiryRecord> UpdateAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        Remember(record);
        return inner.UpdateAsync(record, messages, cancellationToken);
    }

    public Task<InquiryRecord?> GetAsync(ReferenceNumber reference, CancellationToken cancellationToken) => inner.GetAsync(reference, cancellationToken);

    public IAsyncEnumerable<InquiryRecord> QueryAsync(InquiryQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public Task DeleteAsync(InquiryRecord record, CancellationToken cancellationToken) => inner.DeleteAsync(record, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public IAsyncEnumerable<OutboxMessage> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.DueAsync(now, cancellationToken);

    public Task<OutboxMessage?> TryClaimAsync(OutboxMessage message, DateTimeOffset leaseUntil, CancellationToken cancellationToken) => inner.TryClaimAsync(message, leaseUntil, cancellationToken);

    public Task<bool> SettleAsync(OutboxMessage settled, HistoryEntry? entry, CancellationToken cancellationToken) => inner.SettleAsync(settled, entry, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ForAsync(ReferenceNumber reference, CancellationToken cancellationToken) => inner.ForAsync(reference, cancellationToken);

    private void Remember(InquiryRecord record) =>
        remember(record.Values.Values.SelectMany(v => v).SelectMany(v => v.Split('\n')).Concat(record.History.Select(h => h.Note).OfType<string>()));
}
