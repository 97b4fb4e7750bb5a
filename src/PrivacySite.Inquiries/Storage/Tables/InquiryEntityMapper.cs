using System.Globalization;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage.Tables.Client;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// Inquiries and submission keys as table rows. Both live in the kind's partition, so one entity
/// group transaction stores them together: row key = reference number, or "key-" + submission key.
/// The values and history are JSON columns; status, received time and due date are columns of their own.
/// </summary>
internal static class InquiryEntityMapper
{
    public const string TypeColumn = "Type";
    public const string InquiryType = "inquiry";
    public const string KeyType = "submission-key";

    public static string Partition(InquiryKind kind) => kind.Slug();

    public static string KeyRow(string submissionKey) => "key-" + submissionKey;

    public static TableEntity ToEntity(InquiryRecord record) => new(Partition(record.Kind), record.Reference.Value)
    {
        [TypeColumn] = InquiryType,
        ["ReceivedAt"] = record.ReceivedAt,
        ["DueOn"] = IsoDate.Write(record.DueOn),
        ["Status"] = record.Status.Name(),
        ["Language"] = record.Language.Code(),
        ["SubmissionKey"] = record.SubmissionKey,
        ["Values"] = InquiryJson.Values(record.Values),
        ["History"] = InquiryJson.History(record.History),
    };

    public static TableEntity ToKeyEntity(InquiryRecord record) => new(Partition(record.Kind), KeyRow(record.SubmissionKey))
    {
        [TypeColumn] = KeyType,
        ["Reference"] = record.Reference.Value,
        ["ReceivedAt"] = record.ReceivedAt,
    };

    public static InquiryRecord ToRecord(TableEntity entity)
    {
        Languages.TryParse(entity.GetString("Language"), out var language);
        InquiryStatuses.TryParse(entity.GetString("Status"), out var status);
        return new InquiryRecord(
            ReferenceNumber.Parse(entity.RowKey),
            entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
            DateOnly.ParseExact(entity.GetString("DueOn") ?? "", IsoDate.Pattern, CultureInfo.InvariantCulture),
            status,
            language,
            InquiryJson.Values(entity.GetString("Values") ?? "{}"),
            entity.GetString("SubmissionKey") ?? "",
            InquiryJson.History(entity.GetString("History") ?? "[]"),
            entity.ETag);
    }
}
