using PrivacySite.Content.Model;

namespace PrivacySite.Forms.Model;

/// <summary>
/// A submission that passed every check: normalised values by field name (only fields that apply),
/// the page language, and the idempotency token when the sender gave one.
/// </summary>
public sealed record ValidatedInquiry(
    InquiryKind Kind,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    Language Language,
    string? IdempotencyToken);
