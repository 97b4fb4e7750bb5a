using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>
/// For a developer (<c>serve</c>): each e-mail is written as an .eml file into the pickup folder instead of
/// being sent, readable by its owner alone (it holds the member's address), named by time, reference and e-mail.
/// </summary>
internal sealed class PickupFolderSender(MailOptions options, EmailMessageFactory messages, TimeProvider clock) : IMessageSender
{
    public OutboxChannel Channel => OutboxChannel.Email;

    public RetryPolicy Retry { get; } = new(options.MaxAttempts, TimeSpan.FromSeconds(options.RetryDelaySeconds));

    public async Task<SendResult> SendAsync(OutboxMessage message, InquiryRecord inquiry, CancellationToken cancellationToken)
    {
        if (MessagePlan.MemberAddress(inquiry) is not { } address)
        {
            return SendResult.Refused("no e-mail address");
        }

        using var mime = messages.Build(message, inquiry, address);
        var folder = Path.GetFullPath(options.PickupFolder!);
        try
        {
            PrivateFiles.CreateFolder(folder);
            var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{inquiry.Reference.Value}-{message.Template}-{message.Id[..8]}.eml";
            await using var file = PrivateFiles.Open(Path.Combine(folder, name), FileMode.Create, FileAccess.Write);
            await mime.WriteToAsync(file, cancellationToken);
            return SendResult.Sent("written to the pickup folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SendResult.Failed($"pickup folder not writable ({e.GetType().Name})");
        }
    }
}
