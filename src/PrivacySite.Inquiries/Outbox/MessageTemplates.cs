using PrivacySite.Forms.Emails;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>
/// The messages the outbox holds, by name: the office's announcement, and the e-mails of
/// <see cref="EmailCatalog"/> (whose words are in content/emails/).
/// </summary>
public static class MessageTemplates
{
    /// <summary>The office's channel is told of a new inquiry.</summary>
    public const string NewInquiry = "new-inquiry";

    /// <summary>The e-mail a change to <paramref name="status"/> sends the member, if any.</summary>
    public static string? ForStatus(InquiryStatus status) => status switch
    {
        InquiryStatus.IdentityVerified => EmailCatalog.IdentityVerified,
        InquiryStatus.AwaitingDocuments => EmailCatalog.AwaitingDocuments,
        InquiryStatus.Answered => EmailCatalog.Answered,
        InquiryStatus.Refused => EmailCatalog.Refused,
        _ => null,
    };
}
