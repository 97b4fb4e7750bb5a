namespace PrivacySite.Inquiries.Tests.Support;

/// <summary>
/// A real store, with another person's work slipped in once between someone's read and their write,
/// so the moment two people change one inquiry at once happens on cue rather than by luck.
/// </summary>
public sealed class InterleavingStore(IInquiryStore inner, Func<Task> otherPersonsChange) : IInquiryStore
{
    private int _interleaved;

    public string Name => inner.Name;

    public Task<AddResult> AddAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => inner.AddAsync(record, messages, cancellationToken);

    public Task<InquiryRecord?> GetAsync(ReferenceNumber reference, CancellationToken cancellationToken) => inner.GetAsync(reference, cancellationToken);

    public IAsyncEnumerable<InquiryRecord> QueryAsync(InquiryQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public async Task<InquiryRecord> UpdateAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await InterleaveAsync();
        return await inner.UpdateAsync(record, messages, cancellationToken);
    }

    public async Task DeleteAsync(InquiryRecord record, CancellationToken cancellationToken)
    {
        await InterleaveAsync();
        await inner.DeleteAsync(record, cancellationToken);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public IAsyncEnumerable<OutboxMessage> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.DueAsync(now, cancellationToken);

    public Task<OutboxMessage?> TryClaimAsync(OutboxMessage message, DateTimeOffset leaseUntil, CancellationToken cancellationToken) => inner.TryClaimAsync(message, leaseUntil, cancellationToken);

    public Task<bool> SettleAsync(OutboxMessage settled, HistoryEntry? entry, CancellationToken cancellationToken) => inner.SettleAsync(settled, entry, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ForAsync(ReferenceNumber reference, CancellationToken cancellationToken) => inner.ForAsync(reference, cancellationToken);

    private Task InterleaveAsync() => Interlocked.Exchange(ref _interleaved, 1) == 0 ? otherPersonsChange() : Task.CompletedTask;
}
