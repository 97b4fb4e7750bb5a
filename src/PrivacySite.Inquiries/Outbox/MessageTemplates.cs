using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Outbox;

/// <summary>
/// The messages the outbox knows, by name, and the placeholders each e-mail's words in
/// content/emails/ may use. Every e-mail template must be in content in both languages (checked by
/// <c>check</c>); the webhook's words are the office's, in <see cref="NewInquiry"/>'s sender.
/// </summary>
public static class MessageTemplates
{
    /// <summary>The office's channel is told of a new inquiry.</summary>
    public const string NewInquiry = "new-inquiry";

    public const string Received = "received";
    public const string IdentityVerified = "identity-verified";
    public const string AwaitingDocuments = "awaiting-documents";
    public const string Extended = "extended";
    public const string Answered = "answered";
    public const string Refused = "refused";

    public const string Reason = "reason";
    public const string NewDueOn = "new_due_on";

    /// <summary>What every e-mail may say: the reference, the society, the dates, the desk and the status page.</summary>
    public static IReadOnlyList<string> Common { get; } = ["reference", "society", "received_on", "due_on", "desk", "status_page"];

    /// <summary>Each e-mail template and the placeholders it may use besides <see cref="Common"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Emails { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Received] = ["next_steps"],
        [IdentityVerified] = [],
        [AwaitingDocuments] = [Reason],
        [Extended] = [Reason, NewDueOn],
        [Answered] = [],
        [Refused] = [Reason],
    };

    /// <summary>The e-mail a change to <paramref name="status"/> sends the member, if any.</summary>
    public static string? ForStatus(InquiryStatus status) => status switch
    {
        InquiryStatus.IdentityVerified => IdentityVerified,
        InquiryStatus.AwaitingDocuments => AwaitingDocuments,
        InquiryStatus.Answered => Answered,
        InquiryStatus.Refused => Refused,
        _ => null,
    };
}
