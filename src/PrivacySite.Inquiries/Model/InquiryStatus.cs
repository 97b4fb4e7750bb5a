using System.Text.Json;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// Where an inquiry stands. The intake service only creates <see cref="Received"/>; the privacy
/// desk moves it on (see <see cref="Desk.StatusWorkflow"/>). Answered, refused and withdrawn close it.
/// </summary>
public enum InquiryStatus
{
    Received,
    IdentityVerified,

    /// <summary>The office asked the member for documents (the note says which) and waits for them.</summary>
    AwaitingDocuments,
    InProgress,
    Answered,
    Refused,
    Withdrawn,
}

public static class InquiryStatuses
{
    public static IReadOnlyList<InquiryStatus> All { get; } = Enum.GetValues<InquiryStatus>();

    /// <summary>The name staff type and the stores write: "received", "identity-verified", "in-progress"…</summary>
    public static string Name(this InquiryStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    public static bool IsClosed(this InquiryStatus status) => status is InquiryStatus.Answered or InquiryStatus.Refused or InquiryStatus.Withdrawn;

    /// <summary>Reads a status name; underscores and capitals are accepted too ("in_progress", "In-Progress").</summary>
    public static bool TryParse(string? name, out InquiryStatus status)
    {
        var normalised = name?.Trim().Replace('_', '-').ToLowerInvariant();
        status = All.FirstOrDefault(s => s.Name() == normalised);
        return All.Any(s => s.Name() == normalised);
    }
}
