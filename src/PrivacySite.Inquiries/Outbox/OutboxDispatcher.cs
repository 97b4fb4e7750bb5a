using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>
/// Sends what the outbox holds: each due message of a channel that has a sender is claimed (so a
/// second dispatcher, in another process or instance, leaves it alone), sent, and settled: sent,
/// pending again after a pause that doubles, or given up after the channel's last attempt or a
/// refusal. A dispatcher that dies after claiming leaves the message to be taken again once its
/// lease ends, so a message goes out at least once; receivers tell a repeat by its id.
/// Channels without a sender (no SMTP settings) are left pending.
/// </summary>
/// <param name="lease">How long a claimed message is this dispatcher's: longer than one send can take.</param>
public sealed class OutboxDispatcher(IOutbox outbox, IInquiryStore store, IEnumerable<IMessageSender> senders, TimeProvider clock, TimeSpan lease)
{
    private const int Parallelism = 4;
    private readonly Dictionary<OutboxChannel, IMessageSender> _senders = senders.ToDictionary(s => s.Channel);

    /// <summary>One pass over the due messages; what became of each this dispatcher took.</summary>
    public async Task<IReadOnlyList<Dispatched>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = new List<OutboxMessage>();
        await foreach (var message in outbox.DueAsync(clock.GetUtcNow(), cancellationToken))
        {
            if (_senders.ContainsKey(message.Channel))
            {
                due.Add(message);
            }
        }

        var done = new System.Collections.Concurrent.ConcurrentQueue<Dispatched>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (message, token) =>
        {
            if (await DispatchAsync(message, token) is { } dispatched)
            {
                done.Enqueue(dispatched);
            }
        });
        return [.. done];
    }

    private async Task<Dispatched?> DispatchAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await outbox.TryClaimAsync(message, clock.GetUtcNow() + lease, cancellationToken) is not { } claimed)
        {
            return null;
        }

        var sender = _senders[claimed.Channel];
        if (await store.GetAsync(claimed.Reference, cancellationToken) is not { } inquiry)
        {
            var dropped = claimed.Settled(OutboxState.Dropped) with { LastResult = "inquiry deleted" };
            return await outbox.SettleAsync(dropped, null, cancellationToken) ? new Dispatched(dropped, SendResult.Refused("inquiry deleted")) : null;
        }

        var result = await sender.SendAsync(claimed, inquiry, cancellationToken);
        var now = clock.GetUtcNow();
        var settled = result.Outcome switch
        {
            SendOutcome.Sent => claimed.Settled(OutboxState.Sent) with { LastResult = result.Detail },
            SendOutcome.Failed when claimed.Attempts < sender.Retry.MaxAttempts =>
                claimed with { State = OutboxState.Pending, LastResult = result.Detail, NextAttemptAt = now + sender.Retry.PauseAfter(claimed.Attempts) },
            _ => claimed.Settled(OutboxState.GaveUp) with { LastResult = result.Detail },
        };
        var entry = new HistoryEntry(now, inquiry.Status, Send: new SendRecord(claimed.Id, claimed.Channel, claimed.Template, claimed.Attempts, result.Outcome, result.Detail));
        return await outbox.SettleAsync(settled, entry, cancellationToken) ? new Dispatched(settled, result) : null;
    }
}

/// <summary>One attempt a dispatcher made: the message as settled, and the send's result.</summary>
public sealed record Dispatched(OutboxMessage Message, SendResult Result);
