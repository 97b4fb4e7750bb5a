using PrivacySite.Forms.Emails;
using PrivacySite.Forms.Fields;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>
/// Which messages a change causes, to be stored with it: a new inquiry is announced to the office's
/// channel (when one is connected) and acknowledged to the member (when they gave an e-mail address);
/// a status change that concerns the member, or an extension, is e-mailed to them. The acknowledgement's
/// status page code is not among its values: it is derived again when the e-mail is written (<see cref="StatusCodeKeys"/>).
/// </summary>
public sealed class MessagePlan(bool announceToOffice)
{
    public IReadOnlyList<OutboxMessage> ForReceived(InquiryRecord record, DateTimeOffset now) =>
    [
        .. announceToOffice ? [OutboxMessage.New(record.Reference, OutboxChannel.Webhook, MessageTemplates.NewInquiry, now)] : Array.Empty<OutboxMessage>(),
        .. HasEmail(record)
            ? [OutboxMessage.New(record.Reference, OutboxChannel.Email, EmailCatalog.ReceivedFor(record.Kind), now)]
            : Array.Empty<OutboxMessage>(),
    ];

    public static IReadOnlyList<OutboxMessage> ForStatus(InquiryRecord record, InquiryStatus to, string? note, DateTimeOffset now) =>
        MessageTemplates.ForStatus(to) is { } template && HasEmail(record)
            ? [OutboxMessage.New(record.Reference, OutboxChannel.Email, template, now, Values(note))]
            : [];

    public static IReadOnlyList<OutboxMessage> ForExtension(InquiryRecord record, DateOnly newDueOn, string reason, DateTimeOffset now) =>
        HasEmail(record)
            ? [OutboxMessage.New(record.Reference, OutboxChannel.Email, EmailCatalog.Extended, now, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [EmailCatalog.Reason] = reason,
                [EmailCatalog.NewDueOn] = Content.Formats.IsoDate.Write(newDueOn),
            })]
            : [];

    private static bool HasEmail(InquiryRecord record) => MemberAddress(record) is not null;

    /// <summary>The e-mail address the member gave, if any.</summary>
    public static string? MemberAddress(InquiryRecord record) =>
        InquiryForms.For(record.Kind).Fields.Where(f => f.Kind == FieldKind.Email)
            .Select(f => record.Values.GetValueOrDefault(f.Name)?.FirstOrDefault())
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static Dictionary<string, string> Values(string? note) =>
        note is null ? new(StringComparer.Ordinal) : new(StringComparer.Ordinal) { [EmailCatalog.Reason] = note };
}
