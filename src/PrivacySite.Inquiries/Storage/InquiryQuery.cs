using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Storage;

/// <summary>Which inquiries to list: by kind, status and when they were received (from inclusive, before exclusive).</summary>
public sealed record InquiryQuery(
    InquiryKind? Kind = null,
    InquiryStatus? Status = null,
    DateTimeOffset? ReceivedFrom = null,
    DateTimeOffset? ReceivedBefore = null)
{
    public bool Matches(InquiryRecord record) =>
        (Kind is null || record.Kind == Kind)
        && (Status is null || record.Status == Status)
        && (ReceivedFrom is null || record.ReceivedAt >= ReceivedFrom)
        && (ReceivedBefore is null || record.ReceivedAt < ReceivedBefore);
}
