using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>
/// The stored messages, as the dispatcher works through them. Messages are added only with the
/// change that causes them (<see cref="Storage.IInquiryStore.AddAsync"/>, <see cref="Storage.IInquiryStore.UpdateAsync"/>).
/// Claiming compares the message's ETag, so of two dispatchers that read the same message, one wins.
/// </summary>
public interface IOutbox
{
    /// <summary>The pending messages whose time has come.</summary>
    IAsyncEnumerable<OutboxMessage> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the message for one attempt: counts it and leases it until <paramref name="leaseUntil"/>
    /// (after which, should this dispatcher die, another may take it). Null when another dispatcher changed it first.
    /// </summary>
    Task<OutboxMessage?> TryClaimAsync(OutboxMessage message, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Records the attempt's outcome (<paramref name="settled"/>: sent, pending again at a later time, or given up)
    /// and appends <paramref name="entry"/> to the inquiry's history, together. False when the claim was lost meanwhile.
    /// </summary>
    Task<bool> SettleAsync(OutboxMessage settled, HistoryEntry? entry, CancellationToken cancellationToken);

    /// <summary>Every message of one inquiry, oldest first (for the desk).</summary>
    Task<IReadOnlyList<OutboxMessage>> ForAsync(ReferenceNumber reference, CancellationToken cancellationToken);
}
