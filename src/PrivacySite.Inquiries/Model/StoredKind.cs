using PrivacySite.Forms.Model;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// The kind's name inside the store (Table Storage partition, submission keys). Requests were stored as
/// "disclosure" before the kind was named for all six request kinds; stored data keeps that name so that
/// nothing already stored moves partition or loses its double-submission guard.
/// </summary>
public static class StoredKind
{
    public static string Name(InquiryKind kind) => kind == InquiryKind.Request ? "disclosure" : "complaint";
}
