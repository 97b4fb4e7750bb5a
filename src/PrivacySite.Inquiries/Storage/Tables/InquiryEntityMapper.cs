using System.Globalization;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using Azure.Data.Tables;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// Inquiries and submission keys as table rows. Both live in the kind's partition, so one entity
/// group transaction stores them together: row key = reference number, or "key-" + submission key.
/// The values and history are JSON columns (split over several properties when long, see <see cref="LongTextColumns"/>); status, received time and due date are columns of their own.
/// </summary>
internal static class InquiryEntityMapper
{
    public const string TypeColumn = "Type";
    public const string InquiryType = "inquiry";
    public const string KeyType = "submission-key";

    /// <summary>On a key row: the <see cref="AnswersHash"/> of the answers stored under it.</summary>
    public const string AnswersColumn = "Answers";

    /// <summary>On an inquiry row: the hash of its status page code, never the code.</summary>
    public const string StatusCodeColumn = "StatusCodeHash";

    /// <summary>On an inquiry row: the name of its set of identity documents, when it has one.</summary>
    public const string DocumentSetColumn = "DocumentSet";

    public static string Partition(InquiryKind kind) => StoredKind.Name(kind);

    public static string KeyRow(string submissionKey) => "key-" + submissionKey;

    public static TableEntity ToEntity(InquiryRecord record)
    {
        var entity = new TableEntity(Partition(record.Kind), record.Reference.Value)
        {
            [TypeColumn] = InquiryType,
            ["ReceivedAt"] = record.ReceivedAt,
            ["DueOn"] = IsoDate.Write(record.DueOn),
            ["Status"] = record.Status.Name(),
            ["Language"] = record.Language.Code(),
            ["SubmissionKey"] = record.SubmissionKey,
        };
        if (record.StatusCodeHash is { } hash)
        {
            entity[StatusCodeColumn] = hash;
        }

        if (record.DocumentSet is { } documents)
        {
            entity[DocumentSetColumn] = documents;
        }

        LongTextColumns.Write(entity, "Values", InquiryJson.Values(record.Values));
        LongTextColumns.Write(entity, "History", InquiryJson.History(record.History));
        return entity;
    }

    public static TableEntity ToKeyEntity(InquiryRecord record) => new(Partition(record.Kind), KeyRow(record.SubmissionKey))
    {
        [TypeColumn] = KeyType,
        ["Reference"] = record.Reference.Value,
        ["ReceivedAt"] = record.ReceivedAt,
        [AnswersColumn] = AnswersHash.Of(record.Values),
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
            InquiryJson.Values(LongTextColumns.Read(entity, "Values") ?? "{}"),
            entity.GetString("SubmissionKey") ?? "",
            InquiryJson.History(LongTextColumns.Read(entity, "History") ?? "[]"),
            entity.ETag.ToString(),
            entity.GetString(StatusCodeColumn),
            entity.GetString(DocumentSetColumn));
    }
}
