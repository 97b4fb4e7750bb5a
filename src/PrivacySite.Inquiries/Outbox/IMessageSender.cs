using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>Sends the messages of one channel. It never throws for a failed send: it says so in the result.</summary>
public interface IMessageSender
{
    OutboxChannel Channel { get; }

    /// <summary>Attempts before giving up, and the pause after the first failure (doubling after each next, at most five minutes).</summary>
    RetryPolicy Retry { get; }

    Task<SendResult> SendAsync(OutboxMessage message, InquiryRecord inquiry, CancellationToken cancellationToken);
}
