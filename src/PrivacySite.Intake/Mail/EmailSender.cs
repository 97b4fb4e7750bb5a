using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>The outbox's e-mail channel: builds the member's e-mail and hands it to the configured delivery.</summary>
internal sealed class EmailSender(MailOptions options, EmailMessageFactory messages, IMailDelivery delivery) : IMessageSender
{
    public OutboxChannel Channel => OutboxChannel.Email;

    public RetryPolicy Retry { get; } = new(options.MaxAttempts, TimeSpan.FromSeconds(options.RetryDelaySeconds));

    public async Task<SendResult> SendAsync(OutboxMessage message, InquiryRecord inquiry, CancellationToken cancellationToken)
    {
        if (MessagePlan.MemberAddress(inquiry) is not { } address)
        {
            return SendResult.Refused("no e-mail address");
        }

        try
        {
            using var mail = messages.Build(message, inquiry, address);
            return await delivery.DeliverAsync(mail, message, cancellationToken);
        }
        catch (StatusCodeLostException e)
        {
            return SendResult.Refused(e.Message);
        }
    }
}
