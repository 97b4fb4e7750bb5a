using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// A stored inquiry. <see cref="DueOn"/> is the date in Japan by which the notice promises an
/// answer, fixed when it was received. <see cref="SubmissionKey"/> identifies the submission (from
/// its idempotency token or its content), so a repeat is recognised; <see cref="ETag"/> is the
/// store's version, required to update or delete it, so two desk members cannot overwrite each other's change.
/// <see cref="StatusCodeHash"/> is the hash of the secret code that opens the status page (<see cref="StatusCode.HashFor"/>),
/// never the code itself; null for an inquiry stored before status codes existed.
/// <see cref="DocumentSet"/> names the set of identity documents sent with it in the document store
/// (<see cref="Documents.IDocumentStore"/>); null when none were sent or they have been deleted.
/// </summary>
public sealed record InquiryRecord(
    ReferenceNumber Reference,
    DateTimeOffset ReceivedAt,
    DateOnly DueOn,
    InquiryStatus Status,
    Language Language,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    string SubmissionKey,
    IReadOnlyList<HistoryEntry> History,
    string? ETag = null,
    string? StatusCodeHash = null,
    string? DocumentSet = null)
{
    public InquiryKind Kind => Reference.Kind;

    /// <summary>When it was answered, refused or withdrawn (retention counts from then); null while open.</summary>
    public DateTimeOffset? ClosedAt => Status.IsClosed() ? History.LastOrDefault(h => h.Status == Status && h.IsStatusChange)?.At : null;

    /// <summary>True while the office waits for documents from the member: the clock stops until the inquiry moves on.</summary>
    public bool IsPaused => Status == InquiryStatus.AwaitingDocuments;

    /// <summary>The handler it was last assigned to; null when no one is.</summary>
    public string? Assignee => History.LastOrDefault(h => h.AssignedTo is not null)?.AssignedTo is { Length: > 0 } name ? name : null;

    /// <summary>A new inquiry as the intake service stores it: received now, with that as its first history entry, opened by <paramref name="code"/>.</summary>
    public static InquiryRecord Received(ReferenceNumber reference, ValidatedInquiry inquiry, string submissionKey, DateTimeOffset now, DateOnly dueOn, StatusCode? code = null,
        Documents.DocumentSetId? documents = null) =>
        new(reference, now, dueOn, InquiryStatus.Received, inquiry.Language, inquiry.Values, submissionKey, [new HistoryEntry(now, InquiryStatus.Received)],
            StatusCodeHash: code?.HashFor(reference), DocumentSet: documents?.Value);
}
