using PrivacySite.Inquiries.Model;
using static PrivacySite.Inquiries.Model.InquiryStatus;

namespace PrivacySite.Inquiries.Desk;

/// <summary>
/// The steps an inquiry may take: received → identity-verified → in-progress → answered. Before it is
/// answered the office may ask for documents (awaiting-documents, saying which), it may be refused (with
/// a reason) or withdrawn at any step before it is closed; a closed one stays closed.
/// </summary>
public static class StatusWorkflow
{
    private static readonly Dictionary<InquiryStatus, InquiryStatus[]> Next = new()
    {
        [Received] = [IdentityVerified, AwaitingDocuments, Refused, Withdrawn],
        [IdentityVerified] = [InProgress, AwaitingDocuments, Refused, Withdrawn],
        [AwaitingDocuments] = [IdentityVerified, InProgress, Refused, Withdrawn],
        [InProgress] = [AwaitingDocuments, Answered, Refused, Withdrawn],
        [Answered] = [],
        [Refused] = [],
        [Withdrawn] = [],
    };

    public static IReadOnlyList<InquiryStatus> AllowedAfter(InquiryStatus current) => Next[current];

    public static bool IsAllowed(InquiryStatus from, InquiryStatus to) => Next[from].Contains(to);

    /// <summary>A refusal must say why (the member is told the reason, APPI Art. 36); asking for documents must say which.</summary>
    public static bool NeedsReason(InquiryStatus to) => to is Refused or AwaitingDocuments;
}
