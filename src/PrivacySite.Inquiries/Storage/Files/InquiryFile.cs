using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>The JSON document of one inquiry on disk; <see cref="Version"/> serves as its ETag.</summary>
internal sealed record InquiryFile(
    string Reference,
    DateTimeOffset ReceivedAt,
    InquiryStatus Status,
    Language Language,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    string SubmissionKey,
    IReadOnlyList<HistoryEntry> History,
    int Version)
{
    public static InquiryFile From(InquiryRecord record, int version) => new(
        record.Reference.Value, record.ReceivedAt, record.Status, record.Language, record.Values, record.SubmissionKey, record.History, version);

    public InquiryRecord ToRecord() => new(
        ReferenceNumber.Parse(Reference), ReceivedAt, Status, Language, Values, SubmissionKey, History,
        Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The small file that maps a submission key to the reference it was stored under.</summary>
internal sealed record SubmissionKeyFile(string Reference, DateTimeOffset ReceivedAt);
