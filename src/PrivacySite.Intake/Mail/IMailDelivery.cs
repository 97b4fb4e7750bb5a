using MimeKit;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Intake.Mail;

/// <summary>Where a built e-mail goes: to an SMTP server, or into a pickup folder. It never throws for a failed delivery: it says so in the result.</summary>
internal interface IMailDelivery
{
    Task<SendResult> DeliverAsync(MimeMessage mail, OutboxMessage message, CancellationToken cancellationToken);
}
