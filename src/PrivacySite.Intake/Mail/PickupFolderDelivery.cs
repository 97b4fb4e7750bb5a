using MimeKit;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>
/// For a developer (<c>serve</c>): each e-mail is written as an .eml file into the pickup folder instead of
/// being sent, readable by its owner alone (it holds the member's address), named by time, reference and e-mail.
/// </summary>
internal sealed class PickupFolderDelivery(MailOptions options, TimeProvider clock) : IMailDelivery
{
    public async Task<SendResult> DeliverAsync(MimeMessage mail, OutboxMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.PickupFolder!);
        try
        {
            PrivateFiles.CreateFolder(folder);
            var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{message.Reference.Value}-{message.Template}-{message.Id[..8]}.eml";
            var path = Path.Combine(folder, name);
            await using (var file = PrivateFiles.Open(path + ".tmp", FileMode.Create, FileAccess.Write))
            {
                await mail.WriteToAsync(file, cancellationToken);
            }

            // Renamed into place once complete, so a mail program never opens half a message.
            File.Move(path + ".tmp", path, overwrite: true);
            return SendResult.Sent("written to the pickup folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SendResult.Failed($"pickup folder not writable ({e.GetType().Name})");
        }
    }
}
