using System.Text;
using MimeKit;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Mail;

/// <summary>
/// The MIME message of an outbox e-mail: from the society (its name in the member's language), to the
/// address alone (no name), plain text and HTML parts in UTF-8, a Message-ID made of the outbox message's
/// id (the same on every attempt, so a repeat can be recognised), and <c>Auto-Submitted: auto-generated</c>
/// so that no out-of-office reply comes back.
/// </summary>
internal sealed class EmailMessageFactory(EmailComposer composer, ContentSet content, MailOptions options)
{
    public MimeMessage Build(OutboxMessage message, InquiryRecord inquiry, string to)
    {
        var composed = composer.Compose(message, inquiry);
        var from = options.From!;
        var mime = new MimeMessage
        {
            Subject = composed.Subject,
            MessageId = $"{message.Id}@{from[(from.LastIndexOf('@') + 1)..]}",
        };
        mime.From.Add(new MailboxAddress(content.Settings.Handler.Name[composed.Language], from));
        mime.To.Add(new MailboxAddress(Encoding.UTF8, "", to));
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Headers.Add("X-Auto-Response-Suppress", "All");

        var text = new TextPart("plain");
        text.SetText(Encoding.UTF8, composed.Text);
        var html = new TextPart("html");
        html.SetText(Encoding.UTF8, composed.Html);
        var body = new MultipartAlternative { text, html };
        body.Headers.Add(HeaderId.ContentLanguage, composed.Language.Code());
        mime.Body = body;
        return mime;
    }
}
